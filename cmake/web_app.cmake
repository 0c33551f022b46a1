# The web app: SDL2 and Dear ImGui from Debian's source tarballs, the UI, and
# the static folder build/web (index.html, shell, app.js, app.wasm).
include(ExternalProject)
# SDL2's headers must win over the SDL headers in emscripten's sysroot, so no -isystem.
set(CMAKE_NO_SYSTEM_FROM_IMPORTED ON)

set(IMGUI_TARBALL "${JEJAK_DEPS_DIR}/imgui_1.86+ds.orig.tar.xz")
set(SDL2_TARBALL "${JEJAK_DEPS_DIR}/libsdl2_2.26.5+dfsg.orig.tar.gz")
foreach(tarball IN ITEMS "${IMGUI_TARBALL}" "${SDL2_TARBALL}")
  if(NOT EXISTS "${tarball}")
    message(FATAL_ERROR "${tarball} is missing: run web/scripts/install-deps.sh first")
  endif()
endforeach()

# --- SDL2 2.26.5, static, built once into the build folder ----------------------
set(SDL2_PREFIX "${CMAKE_BINARY_DIR}/sdl2")
ExternalProject_Add(sdl2_wasm
  URL "${SDL2_TARBALL}"
  URL_HASH SHA256=b3f2c822151804125d08db94c65852f711c2e5df2145a59da120748dc32eb9c3
  PREFIX "${SDL2_PREFIX}"
  INSTALL_DIR "${SDL2_PREFIX}/install"
  CMAKE_ARGS
    -DCMAKE_TOOLCHAIN_FILE=${CMAKE_TOOLCHAIN_FILE}
    -DCMAKE_INSTALL_PREFIX=<INSTALL_DIR>
    -DCMAKE_BUILD_TYPE=MinSizeRel "-DCMAKE_C_FLAGS_MINSIZEREL=-Oz -DNDEBUG -flto"
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF
    # Only video (one WebGL2 canvas), events and timers are used: the rest stays out.
    -DSDL_AUDIO=OFF -DSDL_HAPTIC=OFF -DSDL_JOYSTICK=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF
    -DSDL_RENDER=OFF -DSDL_HIDAPI=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF
    -DSDL_FILE=OFF -DSDL_THREADS=OFF -DSDL_OFFSCREEN=OFF -DSDL_DUMMYVIDEO=OFF
  BUILD_BYPRODUCTS "${SDL2_PREFIX}/install/lib/libSDL2.a"
  UPDATE_COMMAND ""
  LOG_CONFIGURE ON LOG_BUILD ON LOG_INSTALL ON LOG_OUTPUT_ON_FAILURE ON)
file(MAKE_DIRECTORY "${SDL2_PREFIX}/install/include/SDL2")
add_library(sdl2 STATIC IMPORTED)
set_target_properties(sdl2 PROPERTIES
  IMPORTED_LOCATION "${SDL2_PREFIX}/install/lib/libSDL2.a"
  INTERFACE_INCLUDE_DIRECTORIES "${SDL2_PREFIX}/install/include/SDL2")
add_dependencies(sdl2 sdl2_wasm)

# --- Dear ImGui 1.86 -------------------------------------------------------------
set(IMGUI_DIR "${CMAKE_BINARY_DIR}/imgui-1.86")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  file(ARCHIVE_EXTRACT INPUT "${IMGUI_TARBALL}" DESTINATION "${CMAKE_BINARY_DIR}")
endif()
add_library(imgui STATIC
  "${IMGUI_DIR}/imgui.cpp"
  "${IMGUI_DIR}/imgui_draw.cpp"
  "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp"
  "${IMGUI_DIR}/backends/imgui_impl_sdl.cpp")
target_include_directories(imgui PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends")
target_compile_definitions(imgui PUBLIC
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEFAULT_FONT IMGUI_DISABLE_FILE_FUNCTIONS)
target_compile_options(imgui PRIVATE -fno-exceptions -fno-rtti)
target_link_libraries(imgui PUBLIC sdl2)

# --- fonts: Debian's Noto Sans, subset to the Latin that people write -------------
# Basic Latin, Latin-1 and Latin Extended-A (Indonesian, English and every European
# language written in Latin), Romanian's comma letters (U+0218-021B), Vietnamese
# (U+01A0/01A1/01AF/01B0, U+1EA0-1EF9), typographic punctuation, € ™ − and the
# replacement mark. The rest of Latin Extended-B and Latin Extended Additional
# (Pinyin tone letters, some African alphabets, Welsh ẁ) would add 29 KB gzip
# to every first visit for text that the app's users rarely write.
set(FONT_UNICODES "U+0020-007E,U+00A0-017F,U+01A0-01A1,U+01AF-01B0,U+0218-021B,U+1EA0-1EF9,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+2212,U+FFFD")
# Debian's python3 has python3-fonttools; another python3 may come first on PATH.
set(DEBIAN_PYTHON /usr/bin/python3)
set(JEJAK_FONTS)
foreach(face Regular Bold)
  set(out "${JEJAK_GEN}/NotoSans-${face}.subset.ttf")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${DEBIAN_PYTHON} -m fontTools.subset "/usr/share/fonts/truetype/noto/NotoSans-${face}.ttf"
            # ImGui 1.86 reads no kerning or ligature tables: leave them out.
            "--unicodes=${FONT_UNICODES}" --layout-features= --drop-tables+=GSUB,GPOS,GDEF
            --no-hinting --desubroutinize "--output-file=${out}"
    COMMAND ${DEBIAN_PYTHON} "${PROJECT_SOURCE_DIR}/web/scripts/scale_upem.py" "${out}" 256
    DEPENDS "/usr/share/fonts/truetype/noto/NotoSans-${face}.ttf" "${PROJECT_SOURCE_DIR}/web/scripts/scale_upem.py"
    COMMENT "Subsetting Noto Sans ${face}")
  list(APPEND JEJAK_FONTS "${out}")
endforeach()
# Icons: Font Awesome 4.7 from fonts-font-awesome, only the glyphs the app draws
# (listed in src/ui/icons.h).
set(ICON_UNICODES "U+F007,U+F036,U+F071,U+F073,U+F075,U+F080,U+F085,U+F086,U+F095,U+F0AC,U+F0E0,U+F0E8,U+F0EB,U+F10B,U+F111,U+F118,U+F119,U+F11A,U+F140,U+F192,U+F1AD,U+F1E0,U+F232,U+F25A,U+F290,U+F0E2,U+F01E,U+F00E,U+F010,U+F065,U+F067,U+F002,U+F128,U+F015,U+F0C5,U+F1F8,U+F0C9,U+F00D,U+F0C0,U+F0DB,U+F0AE,U+F060,U+F061,U+F062,U+F063,U+F06E,U+F070,U+F042,U+F019,U+F04B,U+F04C,U+F108,U+F017,U+F0CB,U+F164,U+F040,U+F0EC,U+F068,U+F126")
add_custom_command(
  OUTPUT "${JEJAK_GEN}/icons.subset.ttf"
  COMMAND ${DEBIAN_PYTHON} -m fontTools.subset /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf
          "--unicodes=${ICON_UNICODES}" --no-hinting "--output-file=${JEJAK_GEN}/icons.subset.ttf"
  COMMAND ${DEBIAN_PYTHON} "${PROJECT_SOURCE_DIR}/web/scripts/scale_upem.py" "${JEJAK_GEN}/icons.subset.ttf" 256
  DEPENDS /usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf "${PROJECT_SOURCE_DIR}/web/scripts/scale_upem.py"
  COMMENT "Subsetting Font Awesome icons")
list(APPEND JEJAK_FONTS "${JEJAK_GEN}/icons.subset.ttf")
# Every character the app's strings, templates and icons use must be in the subsets.
file(GLOB_RECURSE JEJAK_GLYPH_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/src/ui/*.cpp" "${PROJECT_SOURCE_DIR}/src/ui/*.h"
     "${PROJECT_SOURCE_DIR}/assets/templates/*.json")
add_custom_command(
  OUTPUT "${JEJAK_GEN}/embedded_fonts.cpp"
  COMMAND ${DEBIAN_PYTHON} "${PROJECT_SOURCE_DIR}/web/scripts/check_glyphs.py"
          ${JEJAK_GEN}/NotoSans-Regular.subset.ttf ${JEJAK_GEN}/icons.subset.ttf --
          ${JEJAK_TRANSLATIONS} ${JEJAK_GLYPH_SOURCES}
  COMMAND Python3::Interpreter "${JEJAK_EMBED_SCRIPT}" "${JEJAK_GEN}/embedded_fonts.cpp"
          font_regular=${JEJAK_GEN}/NotoSans-Regular.subset.ttf
          font_bold=${JEJAK_GEN}/NotoSans-Bold.subset.ttf
          font_icons=${JEJAK_GEN}/icons.subset.ttf
  DEPENDS ${JEJAK_FONTS} "${JEJAK_EMBED_SCRIPT}" "${PROJECT_SOURCE_DIR}/web/scripts/check_glyphs.py"
          ${JEJAK_TRANSLATIONS} ${JEJAK_GLYPH_SOURCES}
  COMMENT "Checking glyphs and embedding fonts")

# --- templates, embedded for the gallery and the first visit ----------------------
file(GLOB JEJAK_TEMPLATE_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/assets/templates/*.json")
# The formats module carries them all, for the gallery (loaded when it opens);
# the first visit's example comes with the app's words (words-LANG.json, below).
set(template_args)
foreach(f IN LISTS JEJAK_TEMPLATE_FILES)
  get_filename_component(file "${f}" NAME)
  string(REGEX REPLACE "\\.json$" "" key "${file}")
  list(APPEND template_args "${key}=${f}")
endforeach()
add_custom_command(
  OUTPUT "${JEJAK_GEN}/embedded_all_templates.cpp"
  COMMAND Python3::Interpreter "${JEJAK_EMBED_SCRIPT}" "${JEJAK_GEN}/embedded_all_templates.cpp"
          --table=templates --compact-json ${template_args}
  DEPENDS ${JEJAK_TEMPLATE_FILES} "${JEJAK_EMBED_SCRIPT}"
  COMMENT "Embedding templates")

# --- the app's words: one file per interface language, words-LANG.json, with the
# translation without what only the formats module (csv., mermaid., md.,
# measures.) and the page shell (shell.) say, and the map a first visit opens
# (web/scripts/words_files.py). The page loads the interface language's beside
# app.wasm, another only when the user switches to it; the app itself carries
# none (src/platform/no_words.cpp). The formats module and the CLI keep them all.
add_custom_command(
  OUTPUT "${JEJAK_WEB_OUT}/words-en.json" "${JEJAK_WEB_OUT}/words-id.json"
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/web/scripts/words_files.py" "${JEJAK_WEB_OUT}"
          --drop-keys=shell.,csv.,mermaid.,md.,measures.
          en=${PROJECT_SOURCE_DIR}/assets/translations/en.json:${PROJECT_SOURCE_DIR}/assets/templates/b2c-retail-maria.en.json
          id=${PROJECT_SOURCE_DIR}/assets/translations/id.json:${PROJECT_SOURCE_DIR}/assets/templates/b2c-retail-maria.id.json
  DEPENDS ${JEJAK_TRANSLATIONS} "${PROJECT_SOURCE_DIR}/web/scripts/words_files.py"
          "${PROJECT_SOURCE_DIR}/assets/templates/b2c-retail-maria.en.json"
          "${PROJECT_SOURCE_DIR}/assets/templates/b2c-retail-maria.id.json"
  COMMENT "Writing the app's words, one file per language")

# --- the renderer's shaders: validated as GLSL ES 3.00, then embedded ------------------
find_program(GLSLANG_VALIDATOR glslangValidator REQUIRED)
set(JEJAK_SHADERS "${PROJECT_SOURCE_DIR}/shaders/imgui.vert" "${PROJECT_SOURCE_DIR}/shaders/imgui.frag")
add_custom_command(
  OUTPUT "${JEJAK_GEN}/embedded_shaders.cpp"
  COMMAND sh "${PROJECT_SOURCE_DIR}/web/scripts/check_shaders.sh" "${JEJAK_GEN}/shaders.checked" ${JEJAK_SHADERS}
  COMMAND Python3::Interpreter "${JEJAK_EMBED_SCRIPT}" "${JEJAK_GEN}/embedded_shaders.cpp"
          shader_vert=${PROJECT_SOURCE_DIR}/shaders/imgui.vert
          shader_frag=${PROJECT_SOURCE_DIR}/shaders/imgui.frag
  DEPENDS ${JEJAK_SHADERS} "${JEJAK_EMBED_SCRIPT}" "${PROJECT_SOURCE_DIR}/web/scripts/check_shaders.sh"
  COMMENT "Validating the shaders (glslangValidator) and embedding them")

# --- the app ------------------------------------------------------------------------
# Compiled once, linked twice: `app` for build/web, and `app_checked` for
# build/web-checked, the test build, where the runtime reports a stack overflow
# or a failed allocation as such instead of corrupting memory (tests/run.sh runs
# the browser suite on it).
add_library(app_objects OBJECT
  src/platform/web_main.cpp
  src/platform/gl_renderer.cpp
  src/platform/browser_port_web.cpp
  src/platform/web_exports.cpp
  src/platform/test_bridge.cpp
  src/platform/page.cpp
  src/platform/sdl_trim.cpp
  src/ui/app.cpp
  src/ui/app_effects.cpp
  src/ui/app_shortcuts.cpp
  src/ui/canvas_draw.cpp
  src/ui/canvas_input.cpp
  src/ui/canvas_overlay.cpp
  src/ui/overlays/compare_marks.cpp
  src/ui/overlays/exit_rates.cpp
  src/ui/overlays/links.cpp
  src/ui/overlays/spotlight.cpp
  src/ui/overlays/votes.cpp
  src/ui/card_text.cpp
  src/ui/controls.cpp
  src/ui/fonts.cpp
  src/ui/item_rects.cpp
  src/ui/map_canvas.cpp
  src/ui/map_image.cpp
  src/ui/theme.cpp
  src/ui/widgets.cpp
  src/ui/views/export_view.cpp
  src/ui/views/gallery_view.cpp
  src/ui/views/help_view.cpp
  src/ui/views/inspector_view.cpp
  src/ui/views/lanes_view.cpp
  src/ui/views/library_view.cpp
  src/ui/views/menus_view.cpp
  src/ui/views/personas_view.cpp
  src/ui/views/properties_view.cpp
  src/ui/views/analytics_view.cpp
  src/ui/views/compare_view.cpp
  src/ui/views/states_view.cpp
  src/ui/views/save_status_view.cpp
  src/ui/views/side_panel_view.cpp
  src/ui/views/toast_view.cpp
  src/ui/views/presentation_view.cpp
  src/ui/views/top_bar_view.cpp
  src/ui/views/update_view.cpp
  "${JEJAK_GEN}/embedded_fonts.cpp"
  "${JEJAK_GEN}/embedded_shaders.cpp"
  src/platform/no_words.cpp)
target_link_libraries(app_objects PRIVATE jejak_session imgui)
target_compile_options(app_objects PRIVATE ${JEJAK_WARNINGS} -fno-exceptions)
add_executable(app $<TARGET_OBJECTS:app_objects>)
add_executable(app_checked EXCLUDE_FROM_ALL $<TARGET_OBJECTS:app_objects>)
# The app's own exports are marked EMSCRIPTEN_KEEPALIVE where they are defined
# (src/platform/web_exports.cpp); only the runtime's are listed here.
set(JEJAK_EXPORTS _main,_malloc,_free)
set(JEJAK_LINK_OPTIONS
  -sENVIRONMENT=web
  -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
  -sDYNAMIC_EXECUTION=0
  -sFILESYSTEM=0
  -sEXPORTED_FUNCTIONS=${JEJAK_EXPORTS}
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString
  -sEXIT_RUNTIME=0
  # Only what shell.js hands the runtime, and no WebGL extension enabled behind
  # the renderer's back (it needs none): less of app.js to download.
  -sINCOMING_MODULE_JS_API=canvas,print,printErr,instantiateWasm,onAbort
  -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0 -sGL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS=0
  -sGL_EXTENSIONS_IN_PREFIXED_FORMAT=0
  # emmalloc, not dlmalloc: 4.3 KB less gzip, and opening and memory measured alike
  # (bench-open: 20,000 actions open 294 ms with dlmalloc).
  -sMALLOC=emmalloc
  # Every browser Jejak runs in has TextDecoder; no syscall the app makes needs errno from JS.
  -sTEXTDECODER=2 -sSUPPORT_ERRNO=0
  # The renderer asks WebGL for no errors and no version string: their JS emulation stays out.
  -sGL_TRACK_ERRORS=0 -sGL_EMULATE_GLES_VERSION_STRING_FORMAT=0
  # No full screen or pointer lock asked through Emscripten (the page does it): nothing to defer to a user event.
  -sHTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS=0
  # SDL entry points that Jejak never uses but that pull large code in (src/platform/sdl_trim.cpp).
  -Wl,--wrap=SDL_ConvertSurface -Wl,--wrap=SDL_ConvertSurfaceFormat -Wl,--wrap=eglGetProcAddress
  -Wl,--wrap=SDL_RLESurface -Wl,--wrap=SDL_UnRLESurface
  -Wl,--wrap=SDL_GameControllerOpen -Wl,--wrap=SDL_GameControllerGetButton -Wl,--wrap=SDL_GameControllerGetAxis
  -Wl,--wrap=sscanf -Wl,--wrap=Emscripten_CreateWindowFramebuffer -Wl,--wrap=Emscripten_UpdateWindowFramebuffer
  -Wl,--wrap=Emscripten_DestroyWindowFramebuffer
  -Wl,--wrap=emscripten_request_fullscreen_strategy -Wl,--wrap=emscripten_exit_fullscreen
  -Wl,--wrap=emscripten_set_pointerlockchange_callback_on_thread
  -Wl,--wrap=emscripten_request_pointerlock -Wl,--wrap=emscripten_exit_pointerlock
  -Wl,--wrap=emscripten_set_fullscreenchange_callback_on_thread
  -Wl,--wrap=emscripten_set_beforeunload_callback_on_thread)
set(JEJAK_WEB_CHECKED_OUT "${JEJAK_WEB_OUT}-checked")
foreach(variant IN ITEMS app app_checked)
  target_link_libraries(${variant} PRIVATE jejak_session imgui)
  target_link_options(${variant} PRIVATE ${JEJAK_LINK_OPTIONS})
  set_target_properties(${variant} PROPERTIES OUTPUT_NAME app SUFFIX ".js")
endforeach()
set_target_properties(app PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${JEJAK_WEB_OUT}")
set_target_properties(app_checked PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${JEJAK_WEB_CHECKED_OUT}")
# Runtime checks: every stack pointer move is checked (2), and a heap that cannot
# grow says so before malloc answers NULL.
target_link_options(app_checked PRIVATE -sASSERTIONS=1 -sSTACK_OVERFLOW_CHECK=2)
# emcc has run wasm-opt -Oz once; running Debian's binaryen again until nothing
# changes (--converge) takes a little more off every download.
find_program(WASM_OPT wasm-opt REQUIRED)
add_custom_command(TARGET app POST_BUILD
  COMMAND "${WASM_OPT}" -Oz --converge --strip-producers --enable-bulk-memory --enable-sign-ext
          --enable-mutable-globals "${JEJAK_WEB_OUT}/app.wasm" -o "${JEJAK_WEB_OUT}/app.wasm"
  COMMENT "wasm-opt -Oz --converge")

# --- the formats module: CSV, Markdown and Mermaid, loaded when first needed --------
# (src/platform/formats_main.cpp). Not part of the startup download: glue.js
# loads it the first time a map is exported to, or opened from, one of these.
add_executable(formats src/platform/formats_main.cpp "${JEJAK_GEN}/embedded_all_templates.cpp")
target_link_libraries(formats PRIVATE jejak_io)
target_compile_options(formats PRIVATE ${JEJAK_WARNINGS} -fno-exceptions)
target_link_options(formats PRIVATE
  -sENVIRONMENT=web -sMODULARIZE=1 -sEXPORT_NAME=JejakFormats
  -sALLOW_MEMORY_GROWTH=1 -sDYNAMIC_EXECUTION=0 -sFILESYSTEM=0 -sEXIT_RUNTIME=0
  -sEXPORTED_FUNCTIONS=_malloc,_free -sEXPORTED_RUNTIME_METHODS=UTF8ToString
  -sINCOMING_MODULE_JS_API=locateFile,wasmBinary
  # The page's side of the module's work comes with it (web/formats-glue.js).
  "SHELL:--post-js ${PROJECT_SOURCE_DIR}/web/formats-glue.js")
set_target_properties(formats PROPERTIES LINK_DEPENDS "${PROJECT_SOURCE_DIR}/web/formats-glue.js")
set_target_properties(formats PROPERTIES OUTPUT_NAME formats SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY "${JEJAK_WEB_OUT}")
add_custom_command(TARGET formats POST_BUILD
  COMMAND "${WASM_OPT}" -Oz --converge --strip-producers --enable-bulk-memory --enable-sign-ext
          --enable-mutable-globals "${JEJAK_WEB_OUT}/formats.wasm" -o "${JEJAK_WEB_OUT}/formats.wasm"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${JEJAK_WEB_OUT}-checked"
  COMMAND ${CMAKE_COMMAND} -E copy "${JEJAK_WEB_OUT}/formats.js" "${JEJAK_WEB_OUT}/formats.wasm" "${JEJAK_WEB_OUT}-checked/"
  COMMENT "wasm-opt -Oz the formats module; the test build serves the same")
add_dependencies(app formats)

# --- the static page around it ---------------------------------------------------
set(JEJAK_PAGE_FILES index.html web/shell.js web/shell.css web/storage.js web/glue.js assets/icons/jejak.svg=icon.svg)
set(page_outputs)
foreach(entry IN LISTS JEJAK_PAGE_FILES)
  # "source" or "source=name in build/web"
  string(REPLACE "=" ";" parts "${entry}")
  list(GET parts 0 f)
  get_filename_component(name "${f}" NAME)
  list(LENGTH parts n)
  if(n GREATER 1)
    list(GET parts 1 name)
  endif()
  if(name MATCHES "\\.js$")
    # Scripts lose their comments and spaces on the way (Emscripten's own
    # acorn-optimizer, the one that minifies app.js): 3 KB less to download.
    add_custom_command(
      OUTPUT "${JEJAK_WEB_OUT}/${name}"
      COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
              sh "${PROJECT_SOURCE_DIR}/web/scripts/minify_js.sh" "${EMSCRIPTEN_ROOT_PATH}"
              "${PROJECT_SOURCE_DIR}/${f}" "${JEJAK_WEB_OUT}/${name}"
      DEPENDS "${PROJECT_SOURCE_DIR}/${f}" "${PROJECT_SOURCE_DIR}/web/scripts/minify_js.sh")
  else()
    add_custom_command(
      OUTPUT "${JEJAK_WEB_OUT}/${name}"
      COMMAND ${CMAKE_COMMAND} -E copy "${PROJECT_SOURCE_DIR}/${f}" "${JEJAK_WEB_OUT}/${name}"
      DEPENDS "${PROJECT_SOURCE_DIR}/${f}")
  endif()
  list(APPEND page_outputs "${JEJAK_WEB_OUT}/${name}")
endforeach()
add_custom_command(
  OUTPUT "${JEJAK_WEB_OUT}/shell-words.js"
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/web/scripts/shell_words.py" "${JEJAK_WEB_OUT}/shell-words.js"
          en=${PROJECT_SOURCE_DIR}/assets/translations/en.json id=${PROJECT_SOURCE_DIR}/assets/translations/id.json
  DEPENDS ${JEJAK_TRANSLATIONS} "${PROJECT_SOURCE_DIR}/web/scripts/shell_words.py"
  COMMENT "Writing the shell's words")
list(APPEND page_outputs "${JEJAK_WEB_OUT}/shell-words.js" "${JEJAK_WEB_OUT}/words-en.json"
     "${JEJAK_WEB_OUT}/words-id.json")
add_custom_target(page ALL DEPENDS ${page_outputs})
add_dependencies(app page)
# Offline: icons rendered from the SVG, the manifest, and sw.js listing every file
# with a hash of them all (web/scripts/offline_files.py); after every build.
set(JEJAK_OFFLINE_SCRIPT "${PROJECT_SOURCE_DIR}/web/scripts/offline_files.py")
# Then the single-file edition, jejak-offline.html (web/scripts/single_file.py).
set(JEJAK_SINGLE_FILE_SCRIPT "${PROJECT_SOURCE_DIR}/web/scripts/single_file.py")
add_custom_target(offline ALL
  COMMAND Python3::Interpreter "${JEJAK_OFFLINE_SCRIPT}" "${PROJECT_SOURCE_DIR}" "${JEJAK_WEB_OUT}"
  COMMAND Python3::Interpreter "${JEJAK_SINGLE_FILE_SCRIPT}" "${JEJAK_WEB_OUT}"
  COMMENT "Writing the offline files (icons, manifest, sw.js, jejak-offline.html)")
add_dependencies(offline app page)
# The test build serves the same page around its own app.js and app.wasm, with
# its own sw.js: `web_checked` builds it all (web/scripts/build.sh web-checked).
set(checked_page_outputs)
foreach(out IN LISTS page_outputs)
  get_filename_component(name "${out}" NAME)
  add_custom_command(
    OUTPUT "${JEJAK_WEB_CHECKED_OUT}/${name}"
    COMMAND ${CMAKE_COMMAND} -E copy "${out}" "${JEJAK_WEB_CHECKED_OUT}/${name}"
    DEPENDS "${out}")
  list(APPEND checked_page_outputs "${JEJAK_WEB_CHECKED_OUT}/${name}")
endforeach()
add_custom_target(page_checked DEPENDS ${checked_page_outputs})
add_dependencies(page_checked page)
add_custom_target(web_checked
  COMMAND Python3::Interpreter "${JEJAK_OFFLINE_SCRIPT}" "${PROJECT_SOURCE_DIR}" "${JEJAK_WEB_CHECKED_OUT}"
  COMMAND Python3::Interpreter "${JEJAK_SINGLE_FILE_SCRIPT}" "${JEJAK_WEB_CHECKED_OUT}"
  COMMENT "Writing the offline files of ${JEJAK_WEB_CHECKED_OUT}")
add_dependencies(web_checked app_checked page_checked formats)
