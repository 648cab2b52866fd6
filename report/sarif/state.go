package sarif

import (
	v210 "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/moatscan/moat/finding"
)

// expiresProperty names the suppression property that holds the last day
// a suppression holds (YYYY-MM-DD); SARIF has no member for it.
const expiresProperty = "expires"

// suppression turns one finding.Suppression into a SARIF suppression:
// accepted, since a person wrote it, with its kind, justification, the
// place it is written and its expiry date.
func (b *builder) suppression(s finding.Suppression) *v210.Suppression {
	kind := s.Kind
	if kind != finding.InSource {
		kind = finding.External
	}
	out := v210.NewSuppression().WithKind(kind).WithStatus("accepted")
	if s.Justification != "" {
		out.WithJustification(s.Justification)
	}
	if pl := b.physical(s.Location); pl != nil {
		out.WithLocation(v210.NewLocation().WithPhysicalLocation(pl))
	}
	if s.Expires != "" {
		out.WithProperties(v210.NewPropertyBag().Add(expiresProperty, s.Expires))
	}
	return out
}

// compared reports whether r was compared with a baseline: a finding has a
// baseline state, or a finding of the baseline is gone. Then every result
// carries a baselineState.
func compared(r *finding.Report) bool {
	if len(r.Absent) > 0 {
		return true
	}
	for _, f := range r.Findings {
		if f.BaselineState != "" {
			return true
		}
	}
	return false
}

// baselineState is the state of a finding of this scan. A finding the
// comparison left without one was not in the baseline: it is new.
func baselineState(f finding.Finding) string {
	switch f.BaselineState {
	case finding.Unchanged, finding.Updated:
		return f.BaselineState
	}
	return finding.New
}

// absent is the result for a finding of the baseline that this scan no
// longer has: baselineState "absent", kind "pass" and level "none" (SARIF's
// "the rule found no problem here"; §3.27.10 asks for level "none" with any
// kind but "fail"), with the rule, message, fingerprint and location the
// finding had in the baseline. The SARIF guidance for viewers is to hide
// absent results by default.
//
// GitHub code scanning reads neither kind nor baselineState, takes a
// "none" level as the rule's default level, and rejects a result whose
// first location has no physical location (as does the validator's
// GH1001), so no way of writing the result keeps it from becoming an open
// alert there. A log meant for upload is therefore written from a report
// without Absent findings; GitHub closes the alerts whose results are gone
// by itself, matching them by fingerprint.
func (b *builder) absent(f finding.Finding) *v210.Result {
	return b.result(f).
		WithBaselineState(finding.Absent).
		WithKind("pass").
		WithLevel(v210.LevelNone)
}
