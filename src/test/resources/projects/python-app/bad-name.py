# not a module
