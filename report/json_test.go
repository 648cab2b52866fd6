package report

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestJSONGolden(t *testing.T) {
	for _, tc := range reports {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.report()
			r.Sort()
			var buf bytes.Buffer
			if err := JSON(&buf, r); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.name+".json", buf.Bytes())
		})
	}
}

// TestJSONFields checks the schema version, fingerprints and summary, and
// that no list is null.
func TestJSONFields(t *testing.T) {
	r := levelsReport()
	r.Sort()
	var buf bytes.Buffer
	if err := JSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version  int
		Findings []struct{ Fingerprint string }
		Summary  map[string]int
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Version != JSONVersion {
		t.Errorf("version = %d, want %d", got.Version, JSONVersion)
	}
	for i, f := range got.Findings {
		if want := r.Findings[i].Fingerprint(); f.Fingerprint != want {
			t.Errorf("finding %d: fingerprint %q, want %q", i, f.Fingerprint, want)
		}
	}
	want := map[string]int{"error": 2, "warning": 1, "note": 1, "files": 3, "skipped": 0, "failed": 0,
		"suppressed": 0, "unchanged": 0, "updated": 0, "absent": 0}
	if diff := cmp.Diff(want, got.Summary); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	var empty bytes.Buffer
	if err := JSON(&empty, emptyReport()); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(empty.Bytes(), []byte("null")) {
		t.Errorf("empty report has null lists:\n%s", empty.Bytes())
	}
}

func TestJSONDeterministic(t *testing.T) {
	for _, tc := range reports {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.report()
			r.Sort()
			var a, b bytes.Buffer
			if err := JSON(&a, r); err != nil {
				t.Fatal(err)
			}
			if err := JSON(&b, r); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two writes of the same report differ")
			}
		})
	}
}

// TestJSONBaseline checks the counts of a report compared with a
// baseline, and that the absent findings carry their fingerprints.
func TestJSONBaseline(t *testing.T) {
	r := baselineReport()
	r.Sort()
	var buf bytes.Buffer
	if err := JSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Absent []struct {
			RuleID        string
			BaselineState string
			Fingerprint   string
		}
		Summary map[string]int
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Absent) != len(r.Absent) {
		t.Fatalf("%d absent findings, want %d", len(got.Absent), len(r.Absent))
	}
	for i, f := range got.Absent {
		if f.RuleID != r.Absent[i].RuleID || f.BaselineState != "absent" || f.Fingerprint != r.Absent[i].Fingerprint() {
			t.Errorf("absent %d = %+v, want %s with its fingerprint", i, f, r.Absent[i].RuleID)
		}
	}
	want := map[string]int{"error": 0, "warning": 1, "note": 0, "files": 3, "skipped": 0, "failed": 0,
		"suppressed": 1, "unchanged": 1, "updated": 1, "absent": 2}
	if diff := cmp.Diff(want, got.Summary); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
}
