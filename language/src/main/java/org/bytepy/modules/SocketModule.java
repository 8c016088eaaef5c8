package org.bytepy.modules;

import org.bytepy.builtins.Args;
import org.bytepy.runtime.PyDict;
import org.bytepy.runtime.PyErrors;
import org.bytepy.runtime.PyModule;
import org.bytepy.runtime.PyNone;
import org.bytepy.runtime.PyNumber;
import org.bytepy.runtime.PyType;
import org.bytepy.runtime.PyTypes;

/**
 * {@code _socket}, as much as importing Lib's {@code socket} (and through it {@code asyncio} and
 * {@code unittest.mock}) needs: Linux's constants, the exception types, the byte-order and timeout
 * functions, and a {@code socket} type that Lib's {@code socket.socket} subclasses. bytepy has no
 * network access yet: creating a socket raises {@code OSError}.
 */
public final class SocketModule {
    private SocketModule() {
    }

    public static final PyType SOCKET = new PyType("socket", true, PyTypes.OBJECT);
    public static final PyType HERROR = new PyType("herror", false, PyTypes.OS_ERROR);
    public static final PyType GAIERROR = new PyType("gaierror", false, PyTypes.OS_ERROR);

    /** Linux x86-64 values, as CPython's socketmodule.c exports them there. */
    private static final Object[] CONSTANTS = {
        "AF_UNSPEC", 0L, "AF_UNIX", 1L, "AF_INET", 2L, "AF_INET6", 10L, "AF_NETLINK", 16L, "AF_PACKET", 17L,
        "SOCK_STREAM", 1L, "SOCK_DGRAM", 2L, "SOCK_RAW", 3L, "SOCK_RDM", 4L, "SOCK_SEQPACKET", 5L,
        "SOCK_NONBLOCK", 2048L, "SOCK_CLOEXEC", 524288L,
        "SOL_SOCKET", 1L, "SOL_IP", 0L, "SOL_TCP", 6L, "SOL_UDP", 17L,
        "SO_DEBUG", 1L, "SO_REUSEADDR", 2L, "SO_TYPE", 3L, "SO_ERROR", 4L, "SO_DONTROUTE", 5L, "SO_BROADCAST", 6L,
        "SO_SNDBUF", 7L, "SO_RCVBUF", 8L, "SO_KEEPALIVE", 9L, "SO_OOBINLINE", 10L, "SO_LINGER", 13L, "SO_REUSEPORT", 15L,
        "SO_RCVLOWAT", 18L, "SO_SNDLOWAT", 19L, "SO_RCVTIMEO", 20L, "SO_SNDTIMEO", 21L, "SO_ACCEPTCONN", 30L,
        "SOMAXCONN", 4096L,
        "MSG_OOB", 1L, "MSG_PEEK", 2L, "MSG_DONTROUTE", 4L, "MSG_CTRUNC", 8L, "MSG_TRUNC", 32L, "MSG_DONTWAIT", 64L,
        "MSG_EOR", 128L, "MSG_WAITALL", 256L, "MSG_NOSIGNAL", 16384L, "MSG_CMSG_CLOEXEC", 1073741824L,
        "IPPROTO_IP", 0L, "IPPROTO_ICMP", 1L, "IPPROTO_TCP", 6L, "IPPROTO_UDP", 17L, "IPPROTO_IPV6", 41L,
        "IPPROTO_ICMPV6", 58L, "IPPROTO_RAW", 255L,
        "IPV6_V6ONLY", 26L, "TCP_NODELAY", 1L, "TCP_MAXSEG", 2L, "TCP_KEEPIDLE", 4L, "TCP_KEEPINTVL", 5L, "TCP_KEEPCNT", 6L,
        "INADDR_ANY", 0L, "INADDR_LOOPBACK", 0x7f000001L, "INADDR_BROADCAST", 0xffffffffL, "INADDR_NONE", 0xffffffffL,
        "SHUT_RD", 0L, "SHUT_WR", 1L, "SHUT_RDWR", 2L,
        "AI_PASSIVE", 1L, "AI_CANONNAME", 2L, "AI_NUMERICHOST", 4L, "AI_V4MAPPED", 8L, "AI_ALL", 16L, "AI_ADDRCONFIG", 32L,
        "AI_NUMERICSERV", 1024L,
        "NI_NUMERICHOST", 1L, "NI_NUMERICSERV", 2L, "NI_NOFQDN", 4L, "NI_NAMEREQD", 8L, "NI_DGRAM", 16L,
        "NI_MAXHOST", 1025L, "NI_MAXSERV", 32L,
        "EAI_BADFLAGS", -1L, "EAI_NONAME", -2L, "EAI_AGAIN", -3L, "EAI_FAIL", -4L, "EAI_NODATA", -5L, "EAI_FAMILY", -6L,
        "EAI_SOCKTYPE", -7L, "EAI_SERVICE", -8L, "EAI_ADDRFAMILY", -9L, "EAI_MEMORY", -10L, "EAI_SYSTEM", -11L,
        "EAI_OVERFLOW", -12L,
    };

    public static PyModule create() {
        PyModule m = new PyModule("_socket", new PyDict());
        PyDict d = m.dict;
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            d.put(CONSTANTS[i], CONSTANTS[i + 1]);
        }
        d.put("has_ipv6", Boolean.TRUE);
        d.put("error", PyTypes.OS_ERROR);
        d.put("timeout", PyTypes.TIMEOUT_ERROR);
        HERROR.getDict().put("__module__", "socket");
        GAIERROR.getDict().put("__module__", "socket");
        d.put("herror", HERROR);
        d.put("gaierror", GAIERROR);
        SOCKET.getDict().put("__module__", "_socket");
        SOCKET.constructor = (args, kw) -> {
            throw PyErrors.format(PyTypes.OS_ERROR, null, "bytepy has no sockets yet");
        };
        d.put("socket", SOCKET);
        d.put("SocketType", SOCKET);
        Object[] timeout = {PyNone.NONE};
        Args.def(d, "getdefaulttimeout", (a, kw) -> timeout[0]);
        Args.def(d, "setdefaulttimeout", (a, kw) -> {
            Args.count("setdefaulttimeout", a, kw, 1, 1);
            if (a[0] != PyNone.NONE) {
                double t = PyNumber.toDouble(a[0], null);
                if (t < 0) {
                    throw PyErrors.valueError(null, "Timeout value out of range");
                }
            }
            timeout[0] = a[0];
            return PyNone.NONE;
        });
        Args.def(d, "gethostname", (a, kw) -> {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                return "localhost";
            }
        });
        Args.def(d, "htons", (a, kw) -> (long) (Short.reverseBytes((short) Args.index(a[0])) & 0xffff));
        Args.def(d, "ntohs", (a, kw) -> (long) (Short.reverseBytes((short) Args.index(a[0])) & 0xffff));
        Args.def(d, "htonl", (a, kw) -> Integer.reverseBytes((int) Args.index(a[0])) & 0xffffffffL);
        Args.def(d, "ntohl", (a, kw) -> Integer.reverseBytes((int) Args.index(a[0])) & 0xffffffffL);
        return m;
    }
}
