import warnings

def old_api():
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return 1

def risky():
    warnings.warn("something looks off")

risky()
risky()
old_api()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api()
    risky()
    warnings.warn("custom", UserWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print(w[0].lineno > 0, w[0].filename.endswith("warnings_filters.py"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky()
    except UserWarning as e:
        print("raised:", e)

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="something")
    risky()
    print("ignored")

class MyWarning(Warning):
    pass

warnings.warn("mine", MyWarning)
warnings.warn("mine", MyWarning)
warnings.simplefilter("always", MyWarning)
warnings.warn("mine again", MyWarning)
warnings.warn("mine again", MyWarning)
warnings.warn_explicit("explicit", RuntimeWarning, "somefile.py", 42)
print(warnings.formatwarning("msg", UserWarning, "f.py", 10, "x = 1"), end="")
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__)
old = warnings.showwarning
warnings.showwarning = show
warnings.warn("via showwarning", FutureWarning)
warnings.showwarning = old
warnings.warn("done", stacklevel=1)
