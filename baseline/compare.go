package baseline

import (
	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/report/sarif"
)

// Compare sets the baseline state of every finding of rep, and appends to
// rep.Absent the results of b that no finding matched, in state Absent.
// It leaves rep sorted (finding.Report.Sort). A nil b is an empty
// baseline: every finding is new.
//
// Findings and results match by fingerprint, as multisets: two findings
// with one fingerprint match two results. A finding whose result has the
// same message (as the SARIF writer gives it) is Unchanged, one whose
// result has another message is Updated, one without a result is New.
// Findings pair with results of the same message first, so that the
// messages decide the states and not the order. Suppressed findings are
// compared like any other.
func Compare(rep *finding.Report, b *Baseline) {
	var results []Result
	if b != nil {
		results = b.Results
	}
	used := make([]bool, len(results))
	same := make(map[message][]int)
	byFP := make(map[string][]int)
	for j, res := range results {
		key := message{res.Fingerprint, sarif.MessageText(res.Finding.Message)}
		same[key] = append(same[key], j)
		byFP[res.Fingerprint] = append(byFP[res.Fingerprint], j)
	}
	fps := make([]string, len(rep.Findings))
	for i := range rep.Findings {
		f := &rep.Findings[i]
		fps[i] = f.Fingerprint()
		f.BaselineState = finding.New
		if take(same, message{fps[i], sarif.MessageText(f.Message)}, used) {
			f.BaselineState = finding.Unchanged
		}
	}
	for i := range rep.Findings {
		if f := &rep.Findings[i]; f.BaselineState == finding.New && take(byFP, fps[i], used) {
			f.BaselineState = finding.Updated
		}
	}
	for j, res := range results {
		if !used[j] {
			f := res.Finding
			f.BaselineState = finding.Absent
			rep.Absent = append(rep.Absent, f)
		}
	}
	rep.Sort()
}

// message keys the results by fingerprint and message.
type message struct{ fingerprint, text string }

// take marks the first unused result of m[key] used, and reports whether
// there was one. Used results are dropped from the front of the list, so
// that every result is passed over at most once per map.
func take[K comparable](m map[K][]int, key K, used []bool) bool {
	list := m[key]
	for len(list) > 0 && used[list[0]] {
		list = list[1:]
	}
	if len(list) == 0 {
		delete(m, key)
		return false
	}
	used[list[0]] = true
	m[key] = list[1:]
	return true
}
