package pipeline

import (
	"context"
	"fmt"
	"sort"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/policies"
)

// coverage builds the requirement coverage report: for every rule, the
// resources in its scope and whether the findings make each violating,
// undetermined (only "could not decide" notes) or compliant (none, or
// only advisory notes, which it lists).
func coverage(ctx context.Context, g *graph.Graph, engine *policies.Engine, in ast.Value, rep *finding.Report) {
	raws, errs := engine.Applicable(ctx, in)
	rep.Diagnostics = append(rep.Diagnostics, ruleErrors(errs)...)
	scope := map[string]map[string]bool{}
	for _, r := range raws {
		id, ok := r.Value.(string)
		if !ok || g.Node(id) == nil {
			rep.Diagnostics = append(rep.Diagnostics, policyDiagnostic(r.Rule, graph.CodePolicyError,
				fmt.Sprintf("its applicable set holds %v, which is not a resource of the graph", r.Value)))
			continue
		}
		add(scope, r.Rule.ID, id)
	}
	type verdict struct{ violating, undetermined, advisory []string }
	verdicts := map[string]map[string]*verdict{}
	for _, f := range rep.Findings {
		id := f.Subject()
		if g.Node(id) == nil {
			continue
		}
		add(scope, f.RuleID, id)
		if verdicts[f.RuleID] == nil {
			verdicts[f.RuleID] = map[string]*verdict{}
		}
		v := verdicts[f.RuleID][id]
		if v == nil {
			v = &verdict{}
			verdicts[f.RuleID][id] = v
		}
		switch {
		case f.Advisory:
			v.advisory = append(v.advisory, f.Message)
		case f.Undetermined:
			v.undetermined = append(v.undetermined, f.Message)
		default:
			v.violating = append(v.violating, fmt.Sprintf("%s: %s", f.Level, f.Message))
		}
	}
	cov := &finding.Coverage{NotCheckable: policies.NotCheckable()}
	for _, rule := range rep.Rules {
		if rule.Package == "" {
			continue // a rule about suppressions, not a requirement
		}
		rc := finding.RequirementCoverage{ID: rule.ID, Title: rule.Title, Severity: rule.Severity, Resources: []finding.Subject{}}
		for id := range scope[rule.ID] {
			s := finding.Subject{Node: id, Status: finding.StatusCompliant}
			r, _ := g.Locate(id, nil)
			s.Location = finding.Location{Node: id, Range: r}
			if v := verdicts[rule.ID][id]; v != nil {
				switch {
				case len(v.violating) > 0:
					s.Status, s.Reasons = finding.StatusViolating, sorted(v.violating)
				case len(v.undetermined) > 0:
					s.Status, s.Reasons = finding.StatusUndetermined, sorted(v.undetermined)
				default:
					s.Reasons = sorted(v.advisory)
				}
			}
			switch s.Status {
			case finding.StatusCompliant:
				cov.Compliant++
			case finding.StatusViolating:
				cov.Violating++
			default:
				cov.Undetermined++
			}
			rc.Resources = append(rc.Resources, s)
		}
		sort.Slice(rc.Resources, func(i, j int) bool { return lessSubject(rc.Resources[i], rc.Resources[j]) })
		if len(rc.Resources) == 0 {
			cov.NotApplicable++
		}
		cov.Requirements = append(cov.Requirements, rc)
	}
	rep.Coverage = cov
}

var statusRank = map[string]int{finding.StatusViolating: 0, finding.StatusUndetermined: 1, finding.StatusCompliant: 2}

func lessSubject(a, b finding.Subject) bool {
	if statusRank[a.Status] != statusRank[b.Status] {
		return statusRank[a.Status] < statusRank[b.Status]
	}
	ra, rb := a.Location.Range, b.Location.Range
	if ra.Filename != rb.Filename {
		return ra.Filename < rb.Filename
	}
	if ra.Start.Byte != rb.Start.Byte {
		return ra.Start.Byte < rb.Start.Byte
	}
	return a.Node < b.Node
}

func add(m map[string]map[string]bool, rule, id string) {
	if m[rule] == nil {
		m[rule] = map[string]bool{}
	}
	m[rule][id] = true
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}
