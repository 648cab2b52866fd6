package graph

import "testing"

func TestDiagnostics(t *testing.T) {
	var ds Diagnostics
	ds = ds.Warnf(CodeK8sDuplicate, rng(3, 1, 20, 3, 5, 24), "dup", "see %s", "x")
	ds = ds.Errorf(CodeYAMLSyntax, rng(2, 4, 10, 2, 5, 11), "bad yaml", "fix the %s", "indent")
	ds = append(ds, Diagnostic{Severity: Note, Code: CodeTemplate, Summary: "helm", Subject: Range{Filename: "a.yaml"}})
	if !ds.HasErrors() {
		t.Fatal("HasErrors = false")
	}
	ds.Sort()
	want := []string{
		"a.yaml: note[template-unrendered]: helm",
		"f.yaml:2:4: error[yaml-syntax]: bad yaml: fix the indent",
		"f.yaml:3:1: warning[k8s-duplicate-object]: dup: see x",
	}
	for i, d := range ds {
		if d.Error() != want[i] {
			t.Errorf("[%d] = %q, want %q", i, d.Error(), want[i])
		}
	}
	if (Diagnostics{}).HasErrors() {
		t.Error("empty HasErrors = true")
	}
}

func TestRange(t *testing.T) {
	r := rng(2, 3, 10, 2, 8, 15)
	if !r.Contains(Pos{2, 3, 10}) || r.Contains(Pos{2, 8, 15}) {
		t.Error("Contains is not half-open")
	}
	if (Range{}).IsZero() != true || r.IsZero() {
		t.Error("IsZero")
	}
	if r.String() != "f.yaml:2:3" {
		t.Errorf("String = %q", r.String())
	}
}

func TestFirstError(t *testing.T) {
	at := Range{Filename: "main.tf", Start: Pos{Line: 3, Column: 5, Byte: 20}}
	var ds Diagnostics
	if got := ds.FirstError(); got != "" {
		t.Errorf("no diagnostics: %q", got)
	}
	ds = ds.Warnf(CodeTFEval, at, "a warning", "")
	ds = ds.Errorf(CodeTFSyntax, at, "unclosed block", "")
	ds = ds.Errorf(CodeTFSyntax, at, "second error", "")
	if got, want := ds.FirstError(), "main.tf:3:5: unclosed block"; got != want {
		t.Errorf("FirstError() = %q, want %q", got, want)
	}
}
