# Defines utf8::cpp, the name quoth links, when the utfcpp that was found only has another name:
# `utf8cpp` (utfcpp 3.x, Debian, Conan) or `utf8cpp::utf8cpp` (utfcpp 4.0.5+).
# Shipped with the installed package (quothConfig.cmake includes it).
macro(quoth_utf8cpp_target)
  if(NOT TARGET utf8::cpp)
    foreach(_quoth_utf8_name IN ITEMS utf8cpp utf8cpp::utf8cpp)
      if(TARGET ${_quoth_utf8_name})
        add_library(utf8::cpp INTERFACE IMPORTED)
        set_target_properties(utf8::cpp PROPERTIES INTERFACE_LINK_LIBRARIES ${_quoth_utf8_name})
        break()
      endif()
    endforeach()
    unset(_quoth_utf8_name)
  endif()
endmacro()
