# One INTERFACE target carries the language standard, warnings and Qt safety defines.
# Every target links it; nothing is set globally.
add_library(antre_common INTERFACE)
target_compile_features(antre_common INTERFACE cxx_std_20)
target_compile_options(antre_common INTERFACE -Wall -Wextra -Wpedantic
    -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor -Wcast-qual -Wextra-semi
    $<$<BOOL:${ANTRE_WERROR}>:-Werror>)
target_compile_definitions(antre_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
