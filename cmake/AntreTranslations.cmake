# antre_add_translations(TARGET MODULE SOURCE_DIR)
# Indonesian is the default language and must be complete. The English source strings need no
# translation. Each module (core, cli, kiosk, counter, display, supervisor) keeps its own .ts file
# so that the modules can be worked on independently; the compiled .qm is embedded in TARGET under
# :/i18n/<module>_id.qm. `cmake --build . --target update_translations` runs lupdate for all.
# A ctest test (label unit) fails when lupdate finds a new or unfinished string.
function(antre_add_translations target module source_dir)
    set(ts "${CMAKE_SOURCE_DIR}/resources/translations/${module}_id.ts")
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${source_dir}/*.cpp" "${source_dir}/*.h")
    qt6_add_translations(${target}
        TS_FILES ${ts}
        SOURCES ${sources}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none
        OUTPUT_TARGETS out_targets)
    if(ANTRE_BUILD_TESTS)
        add_test(NAME "i18n: ${module} translation complete"
            COMMAND bash ${CMAKE_SOURCE_DIR}/tests/i18n/check_translations.sh
                $<TARGET_FILE:Qt6::lupdate> ${ts} ${source_dir} ${CMAKE_SOURCE_DIR})
        set_tests_properties("i18n: ${module} translation complete" PROPERTIES LABELS unit)
    endif()
endfunction()
