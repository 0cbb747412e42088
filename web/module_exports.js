// Appended to the module's loader (Emscripten's minimal runtime, which keeps
// the core's exported functions to itself): the four the page calls, on the
// module object its promise resolves to. Each is bound when called, after the
// WebAssembly has been instantiated.
Module['_signpost_view'] = function (request) { return _signpost_view(request); };
Module['_signpost_add_content'] = function (path, text) { return _signpost_add_content(path, text); };
Module['_malloc'] = function (size) { return _malloc(size); };
Module['_free'] = function (ptr) { return _free(ptr); };
