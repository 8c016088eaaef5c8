package org.bytepy.runtime;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in types, created once, and {@link #typeOf} which maps any bytepy value to its type. */
public final class PyTypes {
    private PyTypes() {
    }

    public static final PyType OBJECT = new PyType("object", true);
    public static final PyType TYPE = new PyType("type", true, OBJECT);
    public static final PyType INT = new PyType("int", true, OBJECT);
    public static final PyType BOOL = new PyType("bool", true, INT);
    public static final PyType FLOAT = new PyType("float", true, OBJECT);
    public static final PyType COMPLEX = new PyType("complex", true, OBJECT);
    public static final PyType STR = new PyType("str", true, OBJECT);
    public static final PyType BYTES = new PyType("bytes", true, OBJECT);
    public static final PyType LIST = new PyType("list", true, OBJECT);
    public static final PyType TUPLE = new PyType("tuple", true, OBJECT);
    public static final PyType DICT = new PyType("dict", true, OBJECT);
    public static final PyType SET = new PyType("set", true, OBJECT);
    public static final PyType FROZENSET = new PyType("frozenset", true, OBJECT);
    public static final PyType RANGE = new PyType("range", true, OBJECT);
    public static final PyType SLICE = new PyType("slice", true, OBJECT);
    public static final PyType NONE_TYPE = new PyType("NoneType", true, OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = new PyType("NotImplementedType", true, OBJECT);
    public static final PyType ELLIPSIS_TYPE = new PyType("ellipsis", true, OBJECT);
    public static final PyType FUNCTION = new PyType("function", true, OBJECT);
    public static final PyType BUILTIN_FUNCTION = new PyType("builtin_function_or_method", true, OBJECT);
    public static final PyType METHOD = new PyType("method", true, OBJECT);
    public static final PyType MODULE = new PyType("module", true, OBJECT);
    public static final PyType CODE = new PyType("code", true, OBJECT);
    public static final PyType CELL = new PyType("cell", true, OBJECT);
    public static final PyType RANGE_ITERATOR = new PyType("range_iterator", true, OBJECT);
    public static final PyType BYTES_ITERATOR = new PyType("bytes_iterator", true, OBJECT);
    public static final PyType BYTEARRAY_ITERATOR = new PyType("bytearray_iterator", true, OBJECT);
    public static final PyType LIST_ITERATOR = new PyType("list_iterator", true, OBJECT);
    public static final PyType TUPLE_ITERATOR = new PyType("tuple_iterator", true, OBJECT);
    public static final PyType STR_ITERATOR = new PyType("str_ascii_iterator", true, OBJECT);
    public static final PyType DICT_KEY_ITERATOR = new PyType("dict_keyiterator", true, OBJECT);
    public static final PyType ITERATOR = new PyType("iterator", true, OBJECT);
    public static final PyType FOREIGN = new PyType("foreign", false, OBJECT);

    // ---- the exception hierarchy (Python 3.12 builtins) ----
    public static final PyType BASE_EXCEPTION = new PyType("BaseException", true, OBJECT);
    public static final PyType SYSTEM_EXIT = exc("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = exc("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = exc("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = exc("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = exc("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = exc("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = exc("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = exc("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = exc("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = exc("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = exc("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = exc("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = exc("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = exc("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = exc("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = exc("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = exc("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = exc("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = exc("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = exc("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = exc("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = exc("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = exc("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = exc("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = exc("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = exc("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = exc("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = exc("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = exc("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = exc("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = exc("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = exc("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = exc("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = exc("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = exc("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = exc("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = exc("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = exc("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = exc("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = exc("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = exc("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = exc("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = exc("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = exc("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = exc("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = exc("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = exc("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = exc("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = exc("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = exc("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = exc("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = exc("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = exc("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = exc("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = exc("RuntimeWarning", WARNING);
    public static final PyType USER_WARNING = exc("UserWarning", WARNING);
    public static final PyType SYNTAX_WARNING = exc("SyntaxWarning", WARNING);
    /** PEP 654's groups; {@code except*} is not compiled yet, but the types exist (traceback.py tests for them). */
    public static final PyType BASE_EXCEPTION_GROUP = exc("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = exc("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyType PENDING_DEPRECATION_WARNING = exc("PendingDeprecationWarning", WARNING);
    public static final PyType FUTURE_WARNING = exc("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = exc("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = exc("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = exc("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = exc("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = exc("EncodingWarning", WARNING);

    private static Map<String, PyType> exceptionTypes;

    private static PyType exc(String name, PyType... bases) {
        PyType t = new PyType(name, true, bases);
        if (exceptionTypes == null) {
            exceptionTypes = new LinkedHashMap<>();
            exceptionTypes.put("BaseException", BASE_EXCEPTION);
        }
        exceptionTypes.put(name, t);
        return t;
    }

    /** The built-in exception types by name, in definition order. */
    public static Map<String, PyType> exceptionTypes() {
        return exceptionTypes;
    }

    /** The subclass of OSError that {@code OSError(errno, ...)} creates for a (Linux) errno value, as CPython maps them. */
    public static PyType osErrorType(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> BLOCKING_IO_ERROR; // EAGAIN (= EWOULDBLOCK), EALREADY, EINPROGRESS
            case 10 -> CHILD_PROCESS_ERROR; // ECHILD
            case 32, 108 -> BROKEN_PIPE_ERROR; // EPIPE, ESHUTDOWN
            case 103 -> CONNECTION_ABORTED_ERROR;
            case 111 -> CONNECTION_REFUSED_ERROR;
            case 104 -> CONNECTION_RESET_ERROR;
            case 17 -> FILE_EXISTS_ERROR; // EEXIST
            case 2 -> FILE_NOT_FOUND_ERROR; // ENOENT
            case 21 -> IS_A_DIRECTORY_ERROR; // EISDIR
            case 20 -> NOT_A_DIRECTORY_ERROR; // ENOTDIR
            case 4 -> INTERRUPTED_ERROR; // EINTR
            case 1, 13 -> PERMISSION_ERROR; // EPERM, EACCES
            case 3 -> PROCESS_LOOKUP_ERROR; // ESRCH
            case 110 -> TIMEOUT_ERROR; // ETIMEDOUT
            default -> OS_ERROR;
        };
    }

    /**
     * The exception CPython raises for a failed system call: the OSError subclass of {@code errno},
     * with {@code errno}, {@code strerror} and {@code filename} (null: none) set, so that its str() is
     * {@code [Errno 2] No such file or directory: 'x'}.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public static PyException osError(long errno, String strerror, Object filename, Object filename2) {
        Object[] args = filename == null ? new Object[]{errno, strerror}
                        : filename2 == null ? new Object[]{errno, strerror, filename} : new Object[]{errno, strerror, filename, PyNone.NONE, filename2};
        return new PyException(PyCalls.osErrorInit(new PyBaseException(osErrorType(errno), new PyTuple(args))), null);
    }

    public static PyType typeOf(Object o) {
        if (o instanceof Long || o instanceof BigInteger || o instanceof Integer) {
            return INT;
        } else if (o instanceof Boolean) {
            return BOOL;
        } else if (o instanceof Double) {
            return FLOAT;
        } else if (o instanceof String) {
            return STR;
        } else if (o instanceof PyList) {
            return LIST;
        } else if (o instanceof PyTuple) {
            return TUPLE;
        } else if (o instanceof PyDict) {
            return DICT;
        } else if (o instanceof PyNone) {
            return NONE_TYPE;
        } else if (o instanceof PyObjectBase b) {
            return b.getPyType();
        } else if (o instanceof PyBaseException e) {
            return e.getType();
        } else if (o instanceof PyType t) {
            return t.metaclass != null ? t.metaclass : TYPE;
        } else if (o instanceof PySingleton s) {
            return s == PySingleton.NOT_IMPLEMENTED ? NOT_IMPLEMENTED_TYPE : ELLIPSIS_TYPE;
        } else if (o instanceof PyCell) {
            return CELL;
        } else if (o instanceof byte[]) {
            return BYTES;
        }
        return FOREIGN;
    }
}
