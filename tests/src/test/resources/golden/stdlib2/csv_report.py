import csv
import io
import os
import tempfile

rows = [
    {"name": "Alice", "dept": "Eng", "salary": "120000", "note": 'likes "quotes"'},
    {"name": "Bob", "dept": "Sales", "salary": "80000", "note": "a, b"},
    {"name": "Chen", "dept": "Eng", "salary": "110000", "note": "multi\nline"},
]
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "people.csv")
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["name", "dept", "salary", "note"])
        w.writeheader()
        w.writerows(rows)
    with open(path, newline="") as f:
        print(repr(f.read()))
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        print(reader.fieldnames)
        totals = {}
        for row in reader:
            totals[row["dept"]] = totals.get(row["dept"], 0) + int(row["salary"])
            print(row["name"], repr(row["note"]), reader.line_num)
        print(totals)

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["x", 1, 2.5, None])
w.writerow(["semi;colon", -3, "", 7])
print(repr(buf.getvalue()))
buf.seek(0)
print(list(csv.reader(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC)))
data = "a\tb\tc\n1\t2\t3\n"
print(list(csv.reader(io.StringIO(data), dialect="excel-tab")))
print(list(csv.reader(['one,"two, three",four', "'x' ,y"], skipinitialspace=True)))
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows([[1, "a"], [2, "b"]])
print(buf.getvalue(), end="")
sample = "id|name\n1|x\n2|y\n"
dialect = csv.Sniffer().sniff(sample)
print(dialect.delimiter, csv.Sniffer().has_header(sample))
csv.register_dialect("pipes", delimiter="|")
print(list(csv.DictReader(io.StringIO(sample), dialect="pipes")))
print(csv.list_dialects()[:0], csv.QUOTE_MINIMAL)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
w = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    w.writerow({"a": 1, "b": 2})
except ValueError as e:
    print(e)
r = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="NA")
print(list(r))
