package baseline

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// log wraps runs in a SARIF 2.1.0 log.
func log(runs string) string { return `{"version": "2.1.0", "runs": [` + runs + `]}` }

// moatRun is a run of moat with the given results.
func moatRun(results string) string {
	return `{"tool": {"driver": {"name": "moat"}}, "results": [` + results + `]}`
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name, in string
		is       error
		want     string
	}{
		{"empty", "", ErrNotJSON, "old.sarif: not JSON: unexpected end of input"},
		{"not json", "nope", ErrNotJSON, "old.sarif: not JSON: invalid character 'o' in literal null (expecting 'u')"},
		{"truncated", `{"version": "2.1.0", "runs": [{"tool": `, ErrNotJSON, "old.sarif: not JSON: unexpected end of input"},
		{"bad result", log(moatRun(`{"ruleId": "A",}`)), ErrNotJSON, "old.sarif: not JSON: invalid character '}' looking for beginning of object key string"},
		{"more data", log("") + " {}", ErrNotJSON, "old.sarif: not JSON: more data after the log"},
		{"not an object", `[]`, ErrNotSARIF, "old.sarif: not a SARIF 2.1.0 log: the log is not an object"},
		{"huge number", `1E700`, ErrNotSARIF, "old.sarif: not a SARIF 2.1.0 log: the log is not an object"},
		{"no version", `{"runs": []}`, ErrNotSARIF, "old.sarif: not a SARIF 2.1.0 log: it has no version"},
		{"old version", `{"version": "2.0.0", "runs": []}`, ErrNotSARIF, `old.sarif: not a SARIF 2.1.0 log: its version is "2.0.0"`},
		{"version number", `{"version": 2.1, "runs": []}`, ErrNotSARIF, "old.sarif: not a SARIF 2.1.0 log: version holds a number"},
		{"runs object", `{"version": "2.1.0", "runs": {}}`, ErrNotSARIF, "old.sarif: not a SARIF 2.1.0 log: runs is not an array"},
		{"run array", log(`[]`), ErrNotSARIF, "old.sarif: not a SARIF 2.1.0 log: runs[0] is not an object"},
		{"results null", log(`{"results": null}`), ErrNotSARIF, "old.sarif: not a SARIF 2.1.0 log: runs[0].results is not an array"},
		{"message number", log(moatRun(`{}, {"message": {"text": 3}}`)), ErrNotSARIF,
			"old.sarif: not a SARIF 2.1.0 log: runs[0].results[1].message.text holds a number"},
		{"region string", log(moatRun(`{"locations": [{"physicalLocation": {"region": {"startLine": "4"}}}]}`)), ErrNotSARIF,
			"old.sarif: not a SARIF 2.1.0 log: runs[0].results[0].locations.physicalLocation.region.startLine holds a string"},
		{"line out of range", log(moatRun(`{"locations": [{"physicalLocation": {"region": {"startLine": 1E700}}}]}`)), ErrNotSARIF,
			"old.sarif: not a SARIF 2.1.0 log: runs[0].results[0].locations.physicalLocation.region.startLine holds a number 1E700"},
		{"no runs", log(""), ErrNoMoatRun, "old.sarif: the baseline holds no moat run"},
		{"other tool", log(`{"tool": {"driver": {"name": "CodeQL"}}, "results": [{"ruleId": "js/x"}]}`), ErrNoMoatRun,
			"old.sarif: the baseline holds no moat run"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Read(strings.NewReader(tc.in), "old.sarif")
			if err == nil {
				t.Fatalf("Read = %+v, want an error", b)
			}
			if err.Error() != tc.want || !errors.Is(err, tc.is) {
				t.Errorf("Read error = %q, want %q (%v)", err, tc.want, tc.is)
			}
		})
	}
}

func TestReadTooLarge(t *testing.T) {
	in := log(moatRun(""))
	if _, err := read(strings.NewReader(in), "old.sarif", int64(len(in))); err != nil {
		t.Fatalf("a log of the limit's size: %v", err)
	}
	_, err := read(strings.NewReader(in+" "), "old.sarif", int64(len(in)))
	if !errors.Is(err, ErrTooLarge) || err.Error() != "old.sarif: larger than 256 MiB" {
		t.Errorf("a log over the limit: %v, want %v", err, ErrTooLarge)
	}
}

// failReader fails after its data.
type failReader struct{ data string }

func (f *failReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, errors.New("disk gone")
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

func TestReadReaderError(t *testing.T) {
	_, err := Read(&failReader{`{"version": "2.1.0", "runs": [`}, "old.sarif")
	if err == nil || err.Error() != "old.sarif: disk gone" || errors.Is(err, io.EOF) {
		t.Errorf("Read error = %v, want the reader's", err)
	}
}

// TestReadResults checks what is kept of each result: moat runs only,
// results without fingerprint counted, absent results skipped, artifacts
// given by index, members in any order.
func TestReadResults(t *testing.T) {
	in := `{"runs": [` +
		`{"results": [{"ruleId": "js/x", "partialFingerprints": {"moat/v1": "ffff"}}], "tool": {"driver": {"name": "CodeQL"}}},` +
		`{"results": [` +
		`{"ruleId": "AZR-ISO-004", "level": "note", "message": {"text": "public."}, "partialFingerprints": {"moat/v1": "aaaa"},` +
		` "properties": {"attribute": "spec.containers[0][\"a.b\"]", "heuristic": true},` +
		` "locations": [{"physicalLocation": {"artifactLocation": {"index": 1}, "region": {"startLine": 4, "startColumn": 2, "endColumn": 9}},` +
		` "logicalLocations": [{"fullyQualifiedName": "v1/Pod/ai/p"}]}],` +
		` "relatedLocations": [{"id": 1, "message": {"text": "the namespace"}, "physicalLocation": {"artifactLocation": {"uri": "file:///srv/ns.yaml"}}}]},` +
		`{"ruleId": "AZR-ISO-005", "partialFingerprints": {"other/v1": "bbbb"}},` +
		`{"ruleId": "AZR-ISO-006", "baselineState": "absent", "partialFingerprints": {"moat/v1": "cccc"}},` +
		`{"rule": {"id": "AZR-ISO-007"}, "level": "none", "partialFingerprints": {"moat/v1": "dddd"}, "properties": {"attribute": 7, "heuristic": "yes"}}` +
		`], "artifacts": [{"location": {"uri": "a.yaml"}}, {"location": {"uri": "k8s/pod%20a.yaml"}}], "tool": {"driver": {"name": "moat"}}}` +
		`], "version": "2.1.0"}`
	b, err := Read(strings.NewReader(in), "old.sarif")
	if err != nil {
		t.Fatal(err)
	}
	want := &Baseline{Name: "old.sarif", Unfingerprinted: 1, Results: []Result{
		{Fingerprint: "aaaa", Finding: finding.Finding{
			RuleID: "AZR-ISO-004", Level: finding.Note, Message: "public.", Heuristic: true,
			Location: finding.Location{Node: "v1/Pod/ai/p", Attr: graph.Path{"spec", "containers", "0", "a.b"},
				Range: graph.Range{Filename: "k8s/pod a.yaml", Start: graph.Pos{Line: 4, Column: 2}, End: graph.Pos{Line: 4, Column: 9}}},
			Related: []finding.Location{{Range: graph.Range{Filename: "/srv/ns.yaml"}, Message: "the namespace"}},
		}},
		{Fingerprint: "dddd", Finding: finding.Finding{RuleID: "AZR-ISO-007", Level: finding.Warning}},
	}}
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("baseline (-want +got):\n%s", diff)
	}
}
