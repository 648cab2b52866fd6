package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// fuzzSeeds are snippets that reach the corners of the grammar.
var fuzzSeeds = []string{
	"var x = 'a${b}c${'d${e}'}'",
	"var x = $$'''${a}$${b}'''",
	"var x = [for (x, i) in xs: if (i > 0) {\n  a: x\n}]",
	"resource r 'T@1' existing = {\n  resource c 'c' = {}\n}",
	"type t = {\n  @d()\n  a: string[]?\n  *: int\n} | resourceInput<'T@1'>.name",
	"func f(a int) int => a\nvar l = map(xs, (a, b) => a ?? b)",
	"import {a as b} from 'x'\nimport * as ns from 'y'\nextension k8s with {} as k",
	"var x = a.b.?c[?^0]!::d.e(1)\n#disable-next-line BCP037\nvar y = !a ? -1 : +2",
	"var x = (\n",
	"var x = {a: 1,,\n",
	"'''",
	"var x = '\\u{",
}

func addSeeds(f *testing.F, pattern string) {
	paths, _ := filepath.Glob(pattern)
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	for _, tt := range errorCases {
		f.Add([]byte(tt.src))
	}
}

// FuzzParse parses arbitrary .bicep sources: no panic, every node's span
// inside the file and inside its parent's, every diagnostic range inside
// the file, the same result twice.
func FuzzParse(f *testing.F) {
	addSeeds(f, "testdata/*.bicep")
	f.Fuzz(func(t *testing.T, src []byte) {
		fuzzCheck(t, Parse("main.bicep", src), Parse("main.bicep", src))
	})
}

// FuzzParseParams does the same for .bicepparam sources.
func FuzzParseParams(f *testing.F) {
	addSeeds(f, "testdata/*.bicepparam")
	f.Fuzz(func(t *testing.T, src []byte) {
		fuzzCheck(t, ParseParams("main.bicepparam", src), ParseParams("main.bicepparam", src))
	})
}

func fuzzCheck(t *testing.T, f, again *File) {
	checkSpans(t, f)
	if len(f.Diags) > maxDiags+1 {
		t.Errorf("%d diagnostics", len(f.Diags))
	}
	if a, b := dump(f), dump(again); a != b {
		t.Errorf("two parses differ:\n%s\n---\n%s", a, b)
	}
}
