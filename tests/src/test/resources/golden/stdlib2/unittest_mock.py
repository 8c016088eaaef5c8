import unittest
from unittest import mock
import io
import sys
import time
time.perf_counter = lambda: 0.0

class Client:
    def fetch(self, url):
        raise RuntimeError("network disabled")
    def get_title(self, url):
        return self.fetch(url).split("\n")[0].upper()

def report(client):
    return f"Title: {client.get_title('http://x')}"

class ClientTest(unittest.TestCase):
    def test_mock_method(self):
        c = Client()
        with mock.patch.object(Client, "fetch", return_value="hello\nbody") as m:
            self.assertEqual(c.get_title("u"), "HELLO")
        m.assert_called_once_with("u")

    def test_magicmock(self):
        m = mock.MagicMock()
        m.get_title.return_value = "T"
        self.assertEqual(report(m), "Title: T")
        m.get_title.assert_called_with("http://x")
        self.assertEqual(m.get_title.call_count, 1)

    def test_side_effect(self):
        m = mock.Mock(side_effect=[1, 2, ValueError("third")])
        self.assertEqual(m(), 1)
        self.assertEqual(m(), 2)
        with self.assertRaises(ValueError):
            m()

    @mock.patch("sys.stdout", new_callable=io.StringIO)
    def test_patch_stdout(self, fake):
        print("captured")
        self.assertEqual(fake.getvalue(), "captured\n")

    def test_patch_dict(self):
        d = {"a": 1}
        with mock.patch.dict(d, {"b": 2}):
            self.assertEqual(d, {"a": 1, "b": 2})
        self.assertEqual(d, {"a": 1})

    def test_calls(self):
        m = mock.Mock()
        m(1); m(2, k=3)
        self.assertEqual(m.call_args_list, [mock.call(1), mock.call(2, k=3)])
        self.assertEqual(m.call_args.kwargs, {"k": 3})

m = mock.Mock(name="thing")
m.method(1, 2)
print(m.method.call_args, m.mock_calls, repr(m)[:18])
sm = mock.create_autospec(Client)
try:
    sm.fetch()
except TypeError as e:
    print("TypeError:", e)
print(mock.sentinel.token is mock.sentinel.token, mock.ANY == 5)
unittest.main(verbosity=2)
