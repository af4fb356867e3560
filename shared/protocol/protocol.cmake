# The protocol schema (protocol/schema.json) and what follows from it, by
# flipover-protocolgen, a host tool on QtCore:
#   - protocolnames.h, generated into the build tree at build time: the C++
#     names, codes, limits and the command table (included by protocol.h);
#   - web/protocol.js and the tables of docs/protocol.md, committed: the
#     update_protocol target rewrites them, tst_protocol_generated fails
#     while either is out of date.
# Included from shared/CMakeLists.txt after flipover_core is defined.
qt_add_executable(flipover-protocolgen
    protocol/protocolgen/main.cpp
    protocol/protocolgen/schema.h protocol/protocolgen/schema.cpp
    protocol/protocolgen/writers.h protocol/protocolgen/writers.cpp protocol/protocolgen/docwriter.cpp)
target_link_libraries(flipover-protocolgen PRIVATE Qt6::Core)
# A build step, not product code: no sanitizers or fuzzer instrumentation
# (the asan and fuzz builds run it too).
set_target_properties(flipover-protocolgen PROPERTIES COMPILE_OPTIONS "-Wall;-Wextra" LINK_OPTIONS "")

set(flipover_schema ${CMAKE_CURRENT_SOURCE_DIR}/protocol/schema.json)
set(flipover_generated ${CMAKE_CURRENT_BINARY_DIR}/generated)
add_custom_command(
    OUTPUT ${flipover_generated}/protocolnames.h
    COMMAND ${CMAKE_COMMAND} -E make_directory ${flipover_generated}
    COMMAND flipover-protocolgen ${flipover_schema} --header ${flipover_generated}/protocolnames.h
    DEPENDS flipover-protocolgen ${flipover_schema}
    COMMENT "Generating protocolnames.h from the protocol schema"
    VERBATIM)
add_custom_target(flipover_protocol_names DEPENDS ${flipover_generated}/protocolnames.h)
add_dependencies(flipover_core flipover_protocol_names)
target_sources(flipover_core PRIVATE ${flipover_generated}/protocolnames.h)
target_include_directories(flipover_core PUBLIC ${flipover_generated})

set(flipover_protocol_outputs --js ${PROJECT_SOURCE_DIR}/web/protocol.js --doc ${PROJECT_SOURCE_DIR}/docs/protocol.md)
add_custom_target(update_protocol
    COMMAND flipover-protocolgen ${flipover_schema} ${flipover_protocol_outputs}
    DEPENDS flipover-protocolgen
    COMMENT "Writing web/protocol.js and the tables of docs/protocol.md from the protocol schema"
    VERBATIM)
add_test(NAME tst_protocol_generated
         COMMAND flipover-protocolgen ${flipover_schema} ${flipover_protocol_outputs} --check)
