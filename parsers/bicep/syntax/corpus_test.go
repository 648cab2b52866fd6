package syntax

import (
	"bufio"
	"bytes"
	"cmp"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// corpusDir holds the shared Bicep samples; make test passes MOAT_SHARED.
var corpusDir = cmp.Or(os.Getenv("MOAT_SHARED"), "../../../../shared") + "/corpus"

// corpusFiles lists the files matching pattern below the corpus, or skips
// the test when the corpus is absent.
func corpusFiles(t *testing.T, patterns ...string) []string {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("corpus not found at %s (set MOAT_SHARED)", corpusDir)
	}
	var files []string
	for _, pat := range patterns {
		root := filepath.Join(corpusDir, pat)
		if _, err := os.Stat(root); err != nil {
			t.Logf("no %s in the corpus", pat)
			continue
		}
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(path, ".bicep") || strings.HasSuffix(path, ".bicepparam")) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(files)
	return files
}

func parseFile(path string, src []byte) *File {
	if strings.HasSuffix(path, ".bicepparam") {
		return ParseParams(path, src)
	}
	return Parse(path, src)
}

// TestCorpusValid parses every valid sample: none may have a diagnostic.
func TestCorpusValid(t *testing.T) {
	files := corpusFiles(t, "bicep-samples", "bicep-samples-user", "real")
	if len(files) < 200 {
		t.Fatalf("only %d corpus files found", len(files))
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := parseFile(path, src)
		for _, d := range f.Diags {
			t.Errorf("%s", d.Error())
		}
		checkSpans(t, f)
	}
	t.Logf("%d files parsed", len(files))
}

// expectedDiag is one line of a main.diagnostics.bicep file.
var expectedDiag = regexp.MustCompile(`^//@\[(\d+):(\d+)\) \[(BCP\d+) \(Error\)\]`)

// syntaxCodes are the compiler's codes for errors a parser finds: the
// lexer's and the parser's (BCP001 to BCP024 and a few later ones), not
// the type checker's.
func syntaxCode(code string) bool {
	n, _ := strconv.Atoi(strings.TrimPrefix(code, "BCP"))
	switch n {
	case 140, 236, 238, 243, 249, 279:
		return true
	}
	return n <= 24
}

// TestCorpusInvalid parses the invalid samples: no panic, valid spans, a
// diagnostic for each sample with a syntax error, and a log of how many of
// the compiler's syntax errors are reported at the same line. Samples
// whose errors are all semantic may parse clean.
func TestCorpusInvalid(t *testing.T) {
	files := corpusFiles(t, "bicep-samples-invalid")
	for _, path := range files {
		if filepath.Base(path) != "main.bicep" {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f := Parse(path, src)
		checkSpans(t, f)
		want := expectedSyntaxLines(t, filepath.Join(filepath.Dir(path), "main.diagnostics.bicep"))
		got := map[int]bool{}
		for _, d := range f.Diags {
			got[d.Subject.Start.Line] = true
		}
		found := 0
		for _, line := range want {
			if got[line] {
				found++
			}
		}
		name := filepath.Base(filepath.Dir(path))
		switch {
		case len(want) > 0 && len(f.Diags) == 0:
			t.Errorf("%s: %d syntax errors expected, none found", name, len(want))
		case len(want) == 0 && len(f.Diags) == 0:
			t.Logf("%s: parses clean; its errors are semantic", name)
		case len(want) == 0:
			t.Logf("%s: no syntax errors expected, %d diagnostics", name, len(f.Diags))
		default:
			t.Logf("%s: %d of %d expected syntax errors found at their line; %d diagnostics", name, found, len(want), len(f.Diags))
		}
	}
}

// expectedSyntaxLines returns the 1-based source lines of the expected
// syntax errors in a diagnostics baseline.
func expectedSyntaxLines(t *testing.T, path string) []int {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	src := 0
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "//@[") {
			src++
			continue
		}
		if m := expectedDiag.FindStringSubmatch(line); m != nil && syntaxCode(m[3]) {
			lines = append(lines, src)
		}
	}
	return lines
}
