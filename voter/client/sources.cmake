# The voter's connection core (WebSocket client, outbox, storage, join links
# and kiosk discovery), linked by the voter app and by tests as
# flipover_voter_core (see voter/CMakeLists.txt).
set(FLIPOVER_VOTER_CLIENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/outbox.h
    ${CMAKE_CURRENT_LIST_DIR}/outbox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/voterclient.h
    ${CMAKE_CURRENT_LIST_DIR}/voterclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/voterclient_socket.cpp
    ${CMAKE_CURRENT_LIST_DIR}/voterclient_drafts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/voterclient_meeting.cpp
    ${CMAKE_CURRENT_LIST_DIR}/joinlink.h
    ${CMAKE_CURRENT_LIST_DIR}/joinlink.cpp
    ${CMAKE_CURRENT_LIST_DIR}/kioskfinder.h
    ${CMAKE_CURRENT_LIST_DIR}/kioskfinder.cpp
)
