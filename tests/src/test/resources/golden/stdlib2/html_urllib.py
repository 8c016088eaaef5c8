import html
from html.parser import HTMLParser
from urllib.parse import urlparse, urlunparse, urljoin, urlencode, parse_qs, parse_qsl, quote, unquote, quote_plus, unquote_plus, urlsplit, urldefrag

print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; caf&eacute; &#8364; &#x41; &amp;amp; &nbsp;|"))

class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.text = []
        self.depth = 0
    def handle_starttag(self, tag, attrs):
        print("start", tag, attrs)
        if tag == "a":
            self.links.append(dict(attrs).get("href"))
    def handle_endtag(self, tag):
        print("end", tag)
    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())
    def handle_comment(self, data):
        print("comment", repr(data))
    def handle_startendtag(self, tag, attrs):
        print("startend", tag, attrs)
    def handle_entityref(self, name):
        print("entity", name)

p = LinkParser()
p.feed('<html><body><h1 class="t">Title &amp; more</h1><!-- note --><p>See <a href="/a?x=1">A</a> and '
       '<A HREF=\'http://ex.com/b\'>B</a>.<br/><img src=x.png alt="pic"></p></body></html>')
p.close()
print(p.links, p.text)

u = urlparse("https://user:pw@www.example.com:8080/path/to/page.html;params?q=python&lang=en#section2")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment, u.username, u.password)
print(urlunparse(u._replace(fragment="", query="x=1")), u.geturl())
print(urlsplit("http://a/b/c?d#e"))
print(urljoin("http://example.com/a/b/c.html", "../d.html"), urljoin("http://example.com/a/", "/root"), urljoin("http://x.com/a", "//y.com/b"))
q = urlencode({"name": "Jöhn Doe", "tags": ["a", "b"], "n": 1}, doseq=True)
print(q, parse_qs(q), parse_qsl("a=1&b=&c=3", keep_blank_values=True))
print(parse_qs("x=1&x=2&y=%20z"))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b&c"), unquote("%E2%82%AC%20x"), unquote_plus("a+b%21"))
print(urldefrag("http://x.com/p#frag"), urlparse("mailto:someone@example.com"), urlparse("//host/path").netloc)
print(urlparse("http://[::1]:80/").hostname, urlencode([("k", "v w"), ("z", "&")]))
