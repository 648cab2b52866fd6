package sarif

import (
	"slices"
	"strings"

	v210 "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
)

// FingerprintKey names the partial fingerprint: rule, node ID and
// attribute path hashed (finding.Finding.Fingerprint), never positions.
// The suffix is its version.
const FingerprintKey = "moat/v1"

// AttributeProperty names the result property that holds the attribute
// path a finding points at, as graph.Path.String writes it, so that a
// reader of the log can compute the fingerprint again.
const AttributeProperty = "attribute"

// result turns one finding into a SARIF result.
func (b *builder) result(f finding.Finding) *v210.Result {
	res := v210.NewRuleResult(f.RuleID).
		WithRuleIndex(b.ruleIndex(f.RuleID)).
		WithLevel(level(f.Level)).
		WithMessage(v210.NewTextMessage(sentence(f.Message))).
		WithPartialFingerprints(map[string]string{FingerprintKey: f.Fingerprint()})
	res.AddLocation(b.location(f.Location))
	if name := f.Location.Range.Filename; name != "" {
		uri, _ := fileURI(name)
		b.addRole(b.artifacts[uri], "resultFile")
	}
	for i, rel := range f.Related {
		loc := b.location(rel).WithID(i + 1)
		if rel.Message != "" {
			loc.WithMessage(v210.NewTextMessage(rel.Message))
		}
		res.AddRelatedLocation(loc)
	}
	props := v210.NewPropertyBag()
	if attr := f.Location.Attr.String(); attr != "" {
		props.Add(AttributeProperty, attr)
	}
	if f.Heuristic {
		props.Add("heuristic", true)
	}
	if len(props.Properties) > 0 {
		res.WithProperties(props)
	}
	for _, s := range f.Suppressions {
		res.AddSuppression(b.suppression(s))
	}
	return res
}

// location is where a finding points: the file and region, and the node
// as a logical location.
func (b *builder) location(l finding.Location) *v210.Location {
	loc := v210.NewLocation()
	if pl := b.physical(l.Range); pl != nil {
		loc.WithPhysicalLocation(pl)
	}
	if l.Node != "" {
		loc.AddLogicalLocation(v210.NewLogicalLocation().WithFullyQualifiedName(l.Node).WithKind("resource"))
	}
	return loc
}

// physical is the artifact and region of rg, or nil when rg names no file.
func (b *builder) physical(rg graph.Range) *v210.PhysicalLocation {
	if rg.Filename == "" {
		return nil
	}
	pl := v210.NewPhysicalLocation().WithArtifactLocation(b.artifact(rg.Filename))
	if reg := region(rg); reg != nil {
		pl.WithRegion(reg)
	}
	return pl
}

// artifact returns the location of a file, listing the file in
// run.artifacts the first time it is referenced, as an analysis target
// when the scan read it.
func (b *builder) artifact(filename string) *v210.ArtifactLocation {
	uri, base := fileURI(filename)
	i, ok := b.artifacts[uri]
	if !ok {
		i = len(b.run.Artifacts)
		b.artifacts[uri] = i
		b.run.AddArtifact(v210.NewArtifact().WithLocation(artifactLocation(uri, base)))
		if b.scanned[filename] {
			b.addRole(i, "analysisTarget")
		}
	}
	return artifactLocation(uri, base).WithIndex(i)
}

// addRole gives run.artifacts[i] a role once.
func (b *builder) addRole(i int, role string) {
	a := b.run.Artifacts[i]
	if !slices.Contains(a.Roles, role) {
		a.AddRole(role)
	}
}

func artifactLocation(uri, base string) *v210.ArtifactLocation {
	al := v210.NewSimpleArtifactLocation(uri)
	if base != "" {
		al.WithURIBaseID(base)
	}
	return al
}

// region converts rg to a SARIF region. Both count columns in code points,
// 1-based, end exclusive; an empty range becomes one column wide so that
// viewers can show it. A range without a line (a whole file) has no region.
func region(rg graph.Range) *v210.Region {
	if rg.Start.Line < 1 {
		return nil
	}
	startLine, startCol := rg.Start.Line, max(rg.Start.Column, 1)
	endLine, endCol := rg.End.Line, rg.End.Column
	if endLine < startLine || endLine == startLine && endCol <= startCol {
		endLine, endCol = startLine, startCol+1
	}
	endCol = max(endCol, 1)
	return v210.NewRegion().
		WithStartLine(startLine).WithStartColumn(startCol).
		WithEndLine(endLine).WithEndColumn(endCol)
}

// MessageText is the text Write gives a finding's message: trimmed, and
// ended with a full stop unless it already ends a sentence. Readers of
// the log compare messages in this form.
func MessageText(message string) string { return sentence(message) }

// sentence ends a message with a full stop, as SARIF asks of plain-text
// messages, unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}
