#!/bin/sh
# Output: the three formats parse with a strict parser, -o replaces FILE
# atomically (and never with nothing), a failing output is exit 2, and two
# runs give the same bytes.
. tests/e2e/lib.sh
cd "$T" || exit 1

article a.txt Madrid
article b.txt Lisbon
A=$(doc_iri_of a.txt)
B=$(doc_iri_of b.txt)

for fmt in turtle ntriples nquads; do
	nkg extract --date 2020-01-24 -f "$fmt" a.txt b.txt
	expect_status 0
	expect_err_empty
	cp "$T/out" "out.$fmt"
	expect_parses "out.$fmt" "$fmt"
	expect_has_doc "out.$fmt" "$fmt" "$A"
	expect_has_doc "out.$fmt" "$fmt" "$B"
	expect_doc_date "out.$fmt" "$fmt" "$A" 2020-01-24
	# Determinism: a second run gives the same bytes.
	nkg extract --date 2020-01-24 -f "$fmt" a.txt b.txt
	cmp -s "$T/out" "out.$fmt" || fail "two $fmt runs differ"
done
# "-o -" is standard output, as in rapper or curl, not a file named "-".
nkg extract --date 2020-01-24 -o - a.txt b.txt
expect_status 0
expect_err_empty
cmp -s "$T/out" out.turtle || fail "-o - differs from standard output"
[ ! -e ./- ] || fail "-o - wrote a file named '-'"
# The aliases of the format names.
nkg extract --date 2020-01-24 -f nt a.txt b.txt
cmp -s "$T/out" out.ntriples || fail "-f nt differs from -f ntriples"
nkg extract --date 2020-01-24 -f nq a.txt b.txt
cmp -s "$T/out" out.nquads || fail "-f nq differs from -f nquads"
nkg extract --date 2020-01-24 --format=ttl a.txt b.txt
cmp -s "$T/out" out.turtle || fail "--format=ttl differs from -f turtle"
# Turtle is the default.
nkg extract --date 2020-01-24 a.txt b.txt
cmp -s "$T/out" out.turtle || fail "the default format is not turtle"

# -o FILE: same bytes as stdout, nothing else left in the folder.
mkdir o
nkg extract --date 2020-01-24 -o o/kg.ttl a.txt b.txt
expect_status 0
expect_out_empty
cmp -s o/kg.ttl out.turtle || fail "-o wrote other bytes than stdout"
[ "$(ls -A o)" = "kg.ttl" ] || fail "-o left: $(ls -A o)"
perm=$(stat -c %a o/kg.ttl)
[ "$perm" = "$(printf '%o' $((0666 & ~$(umask))))" ] || fail "-o file mode $perm"

# Some articles failed: FILE is written with the others, exit 1.
nkg extract -f ntriples -o o/kg.ttl a.txt missing.txt
expect_status 1
expect_err "newskg: cannot open 'missing.txt': No such file or directory"
cp o/kg.ttl part.nt
expect_has_doc part.nt ntriples "$A"
expect_no_doc part.nt ntriples "$B"

# Every article failed: FILE keeps its old content and no temporary is left.
cp o/kg.ttl before.nt
: >empty.txt
nkg extract -f ntriples -o o/kg.ttl missing.txt empty.txt
expect_status 1
expect_err "newskg: 'o/kg.ttl' not written: no article could be processed"
cmp -s o/kg.ttl before.nt || fail "a run where everything failed changed o/kg.ttl"
[ "$(ls -A o)" = "kg.ttl" ] || fail "a failed run left: $(ls -A o)"
nkg extract -o o/new.ttl empty.txt
expect_status 1
[ ! -e o/new.ttl ] || fail "a failed run created o/new.ttl"
[ "$(ls -A o)" = "kg.ttl" ] || fail "a failed run left: $(ls -A o)"

# -o through a symbolic link replaces the file it names, not the link.
ln -s kg.ttl o/link.ttl
nkg extract -f ntriples -o o/link.ttl b.txt
expect_status 0
[ -L o/link.ttl ] || fail "-o replaced the symbolic link"
cp o/kg.ttl viaLink.nt
expect_has_doc viaLink.nt ntriples "$B"

# -o into a folder that does not exist: exit 2, nothing created.
nkg extract -o nowhere/kg.ttl a.txt
expect_status 2
expect_err_re "^newskg: cannot create a temporary file beside 'nowhere/kg.ttl': No such file or directory$"

# A full disk: exit 2 with the reason (stdout and -o).
if [ -w /dev/full ]; then
	status=0
	"$NKG" extract a.txt >/dev/full 2>"$T/err" || status=$?
	expect_status 2
	expect_err "newskg: cannot write to standard output: No space left on device"
	nkg extract -o /dev/full a.txt
	expect_status 2
	expect_err "newskg: cannot write to '/dev/full': No space left on device"
fi

# Folders: sorted by path whatever the creation order; same output as the
# files named in that order.
mkdir -p d/sub d/.hidden
article d/sub/z.txt Rome
article d/m.txt Paris
article d/sub-a.txt Vienna
article d/.hidden/h.txt Oslo
article d/.h.txt Oslo
echo notes >d/README
nkg extract -v -f ntriples d
expect_status 0
sed -n "s/^newskg: '\([^']*\)': .*entities.*/\1/p" "$T/err" >order.txt
printf 'd/m.txt\nd/sub-a.txt\nd/sub/z.txt\n' >want.txt
cmp -s order.txt want.txt || fail "folder order: $(tr '\n' ' ' <order.txt)"
expect_err_re '^newskg: 3 articles read, 3 written, 0 failed, [0-9]+ triples$'
cp "$T/out" dir.nt
nkg extract -f ntriples d/m.txt d/sub-a.txt d/sub/z.txt
cmp -s "$T/out" dir.nt || fail "a folder gives other output than its files in order"

finish
