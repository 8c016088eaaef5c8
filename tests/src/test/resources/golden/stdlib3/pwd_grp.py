# pwd and grp: look up the root account and group, and what getpass builds on.
import pwd, grp

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root[0], len(root))
print(pwd.getpwnam("root").pw_dir == root.pw_dir, type(root).__name__)
print(any(p.pw_name == "root" for p in pwd.getpwall()))
try:
    pwd.getpwnam("no-such-user-xyz")
except KeyError as e:
    print("KeyError:", e)
try:
    pwd.getpwuid(987654)
except KeyError as e:
    print("KeyError:", e)
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, isinstance(g.gr_mem, list), grp.getgrnam("root").gr_gid)
print(any(x.gr_gid == 0 for x in grp.getgrall()))
try:
    grp.getgrnam("no-such-group-xyz")
except KeyError as e:
    print("KeyError:", e)
import os.path
print(os.path.expanduser("~root") == root.pw_dir)
