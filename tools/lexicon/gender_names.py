#!/usr/bin/env python3
"""gender_names.py - regenerates the two name arrays of extract/events_gender.c.

Source: rig's lists of the 1,000 most frequent US female and male given names
(Debian package rig, /usr/share/rig/fnames.idx and mnames.idx, GPL-2.0+, as
for extract/lexicon/names.tsv).  A name in one list only is of that sex; a
name in both is of the sex whose list ranks it at least four times higher
("Mary": 1st of the women, 699th of the men), else of neither ("Jamie").
HAND_* below: given names of international news the US lists lack, borne
by one sex only.

    tools/lexicon/gender_names.py            rewrite extract/events_gender.c
    tools/lexicon/gender_names.py --check    exit 1 if the file differs

The arrays are sorted ASCII case-folded (the lookup is a binary search) and
the file is passed through clang-format (the repo's .clang-format).
"""
import re
import subprocess
import sys

RIG = "/usr/share/rig"
TARGET = "extract/events_gender.c"
HAND_FEMALE = ["Benazir", "Fatima", "Golda", "Indira", "Marine", "Segolene", "Svetlana",
               "Tatiana", "Yingluck", "Yulia"]
HAND_MALE = ["Abdullah", "Dmitry", "Francois", "Giuseppe", "Hassan", "Hussein", "Ibrahim",
             "Jurgen", "Khalid", "Klaus", "Mahmoud", "Muhammad", "Mustafa", "Narendra",
             "Rahul", "Recep", "Sergei", "Sergey", "Vladimir", "Yitzhak"]


def ranks(path):
    names = [line.strip() for line in open(path, encoding="ascii") if line.strip()]
    return {n: i + 1 for i, n in enumerate(names)}


def split():
    f, m = ranks(RIG + "/fnames.idx"), ranks(RIG + "/mnames.idx")
    female, male = set(HAND_FEMALE), set(HAND_MALE)
    for n in set(f) | set(m):
        a, b = f.get(n), m.get(n)
        if a and not b or (a and b and b >= 4 * a):
            female.add(n)
        elif b and not a or (a and b and a >= 4 * b):
            male.add(n)
    key = str.lower
    return sorted(female, key=key), sorted(male, key=key)


def render(src, name, names):
    head = "static const char *const %s[] = {" % name
    i = src.index(head) + len(head)
    j = src.index("};", i)
    body = "\n" + "".join('\t"%s",\n' % n for n in names)
    return src[:i] + body + src[j:]


def main():
    src = open(TARGET, encoding="utf-8").read()
    female, male = split()
    out = render(render(src, "female_names", female), "male_names", male)
    out = subprocess.run(["clang-format", "--assume-filename=" + TARGET], input=out,
                         capture_output=True, text=True, check=True).stdout
    if "--check" in sys.argv[1:]:
        if out != src:
            sys.stderr.write("gender_names.py: %s is not what the rig lists give\n" % TARGET)
            return 1
        return 0
    open(TARGET, "w", encoding="utf-8").write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
