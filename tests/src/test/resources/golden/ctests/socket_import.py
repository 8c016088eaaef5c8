# _socket: the constants and types Lib's socket module builds on (no network use)
import _socket as socket

print(socket.AF_INET, socket.AF_INET6, socket.SOCK_STREAM, socket.SOCK_DGRAM, socket.SOL_SOCKET)
print(socket.socket.__name__, socket.SocketType is socket.socket, socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))


class Sub(socket.socket):
    __slots__ = ["__weakref__", "_io_refs", "_closed"]


print(Sub.__mro__[1] is socket.socket)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout())
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(isinstance(socket.gethostname(), str))
print((5).__format__("03"), (2.5).__format__(""))
for bad in [lambda: (1).__format__(None), lambda: (1).__format__()]:
    try:
        bad()
    except TypeError as e:
        print(e)
