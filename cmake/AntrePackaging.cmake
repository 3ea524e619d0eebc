# The Debian packages of Antre (cpack -G DEB, one package per install component; `./dev package` writes them
# to build/packages/):
#   antre             the core and the CLI, the translations (built in), the clip pack, the demo hall, the
#                     docs, antre(1), /etc/antre/antre.conf, the backup and check timers, the antre user
#   antre-kiosk       the ticket kiosk and its cage session unit
#   antre-counter     the booth program, its desktop entry and its optional autostart entry
#   antre-display     the lobby display and its cage session unit
#   antre-supervisor  the supervisor's dashboard, reports and configuration
# Library dependencies are computed by dpkg-shlibdeps from Debian 12's own packages; what it cannot see (Qt
# plugins loaded at run time, the compositor, the voice) is named here, each with its reason.
include_guard(GLOBAL)

set(ANTRE_DEB_RELEASE 1)
set(ANTRE_DEB_VERSION "${PROJECT_VERSION}-${ANTRE_DEB_RELEASE}")
set(ANTRE_MAINTAINER "Antre developers <dev@antre.invalid>")
set(ANTRE_HOMEPAGE "https://antre.invalid/")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME antre)
set(CPACK_PACKAGE_VENDOR "Antre developers")
set(CPACK_PACKAGE_CONTACT "${ANTRE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# CPack puts a summary that differs from its default before every component's description; with the default
# it does not, so each package's description below starts with its own synopsis (lintian:
# description-synopsis-is-duplicated otherwise).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Only the components that make packages; a stray install rule without one would otherwise be packed.
if(ANTRE_BUILD_GUI)
    set(CPACK_COMPONENTS_ALL antre kiosk counter display supervisor)
else()
    set(CPACK_COMPONENTS_ALL antre)
endif()

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ANTRE_DEB_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ANTRE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ANTRE_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS OFF)

# antre: the SQLite driver is a Qt plugin (dlopen, invisible to dpkg-shlibdeps); adduser makes the antre
# user; init-system-helpers has deb-systemd-helper for the timers.
set(CPACK_DEBIAN_ANTRE_PACKAGE_NAME antre)
set(CPACK_DEBIAN_ANTRE_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_ANTRE_PACKAGE_DEPENDS "adduser, init-system-helpers (>= 1.54~), libqt6sql6-sqlite")
set(CPACK_DEBIAN_ANTRE_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_DEBIAN_ANTRE_DESCRIPTION "queue ticketing for public-service halls
Antre issues, calls and counts queue tickets in an Indonesian public-service
hall (MPP): a ticket kiosk, booth programs, a lobby display with spoken
announcements and a supervisor's dashboard, all on one hall database.
.
This package holds the command line program antre, the Indonesian
translations, the default Indonesian voice clip pack, the demo hall, the
documentation, the configuration in /etc/antre, the system user antre owning
the hall's data in /var/lib/antre, and the systemd timers of the daily
backup and the nightly check.")

set(ANTRE_GUI_DEPENDS "antre (= ${ANTRE_DEB_VERSION})")
# kiosk and display: cage is their session (a PC may run them otherwise, hence Recommends), and Qt's
# Wayland platform plugin is what shows them under cage.
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME antre-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION misc)
# The on-screen keyboard of the complaint form: a kiosk has no physical keyboard.
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "${ANTRE_GUI_DEPENDS}, qt6-virtualkeyboard-plugin")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "cage, qt6-wayland")
set(CPACK_DEBIAN_KIOSK_PACKAGE_SUGGESTS "cups")
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "ticket kiosk of the Antre queue ticketing system
The touchscreen kiosk where visitors of a public-service hall choose a
service and take a printed queue ticket (ESC/POS thermal printers, 58 or 80
mm, USB or network).
.
A systemd unit runs it as a locked-down single-application cage session on
tty1.")

set(CPACK_DEBIAN_COUNTER_PACKAGE_NAME antre-counter)
set(CPACK_DEBIAN_COUNTER_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_COUNTER_PACKAGE_DEPENDS "${ANTRE_GUI_DEPENDS}")
set(CPACK_DEBIAN_COUNTER_DESCRIPTION "booth program of the Antre queue ticketing system
The program an officer uses at a booth of a public-service hall to call,
recall, serve, transfer and finish queue tickets.
.
It comes with a desktop entry and an optional autostart entry for booth PCs.")

# display: the voice is the clip pack (played by GStreamer) or, without one, speech-dispatcher with
# espeak-ng through Qt's TextToSpeech plugin; both are plugins loaded at run time.
set(CPACK_DEBIAN_DISPLAY_PACKAGE_NAME antre-display)
set(CPACK_DEBIAN_DISPLAY_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_DISPLAY_PACKAGE_DEPENDS
    "${ANTRE_GUI_DEPENDS}, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, qt6-speech-speechd-plugin, speech-dispatcher-espeak-ng")
set(CPACK_DEBIAN_DISPLAY_PACKAGE_RECOMMENDS "cage, qt6-wayland")
set(CPACK_DEBIAN_DISPLAY_DESCRIPTION "lobby display of the Antre queue ticketing system
The TV screen in the lobby of a public-service hall that shows the tickets
being called and to which booth, and announces them aloud in Indonesian.
.
A systemd unit runs it as a locked-down single-application cage session on
tty1.")

set(CPACK_DEBIAN_SUPERVISOR_PACKAGE_NAME antre-supervisor)
set(CPACK_DEBIAN_SUPERVISOR_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_SUPERVISOR_PACKAGE_DEPENDS "${ANTRE_GUI_DEPENDS}")
set(CPACK_DEBIAN_SUPERVISOR_DESCRIPTION "supervisor's dashboard of the Antre queue ticketing system
The live dashboard of a public-service hall's queues and booths, its daily
and range reports with charts, and the hall's configuration and staff.")

# Maintainer scripts: antre's own, and one set for the two session packages made from a template.
set(ANTRE_DEB_DIR "${CMAKE_SOURCE_DIR}/packaging/debian")
set(CPACK_DEBIAN_ANTRE_PACKAGE_CONTROL_EXTRA
    "${ANTRE_DEB_DIR}/antre/preinst;${ANTRE_DEB_DIR}/antre/postinst;${ANTRE_DEB_DIR}/antre/prerm;${ANTRE_DEB_DIR}/antre/postrm;${ANTRE_DEB_DIR}/antre/conffiles")
foreach(app kiosk display)
    string(TOUPPER ${app} APP)
    set(dir "${CMAKE_BINARY_DIR}/packaging/debian/antre-${app}")
    foreach(script postinst prerm postrm)
        file(READ "${ANTRE_DEB_DIR}/gui/${script}" text)
        string(REPLACE "@PKG@" "antre-${app}" text "${text}")
        string(REPLACE "@UNIT@" "antre-${app}.service" text "${text}")
        file(CONFIGURE OUTPUT "${dir}/${script}" CONTENT "${text}" @ONLY)
        file(CHMOD "${dir}/${script}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
            GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    endforeach()
    set(CPACK_DEBIAN_${APP}_PACKAGE_CONTROL_EXTRA "${dir}/postinst;${dir}/prerm;${dir}/postrm")
endforeach()

include(CPack)
