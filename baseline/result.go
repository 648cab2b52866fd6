package baseline

import (
	"encoding/json"
	"strings"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/report/sarif"
)

// sarifResult holds the members of a SARIF result that a finding is
// rebuilt from. Members SARIF leaves free (properties) are kept raw and
// read leniently.
type sarifResult struct {
	RuleID string `json:"ruleId"`
	Rule   struct {
		ID string `json:"id"`
	} `json:"rule"`
	Level         string `json:"level"`
	BaselineState string `json:"baselineState"`
	Message       struct {
		Text string `json:"text"`
	} `json:"message"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations"`
	Properties          struct {
		Attribute json.RawMessage `json:"attribute"`
		Heuristic json.RawMessage `json:"heuristic"`
	} `json:"properties"`
}

type sarifLocation struct {
	PhysicalLocation *struct {
		ArtifactLocation struct {
			URI   string `json:"uri"`
			Index *int   `json:"index"`
		} `json:"artifactLocation"`
		Region *sarifRegion `json:"region"`
	} `json:"physicalLocation"`
	LogicalLocations []struct {
		FullyQualifiedName string `json:"fullyQualifiedName"`
	} `json:"logicalLocations"`
	Message struct {
		Text string `json:"text"`
	} `json:"message"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

// add keeps one result of a moat run as a finding, unless it is absent
// from the scan that wrote the log, or has no fingerprint to match.
func (d *decoder) add(res *sarifResult, artifacts []string) {
	if res.BaselineState == finding.Absent {
		return
	}
	fp := res.PartialFingerprints[sarif.FingerprintKey]
	if fp == "" {
		d.b.Unfingerprinted++
		return
	}
	f := finding.Finding{RuleID: res.RuleID, Level: level(res.Level), Message: res.Message.Text}
	if f.RuleID == "" {
		f.RuleID = res.Rule.ID
	}
	if len(res.Locations) > 0 {
		f.Location = res.Locations[0].location(artifacts)
	}
	f.Location.Attr = attribute(res.Properties.Attribute)
	_ = json.Unmarshal(res.Properties.Heuristic, &f.Heuristic) // not a boolean: not heuristic
	for _, rel := range res.RelatedLocations {
		loc := rel.location(artifacts)
		loc.Message = rel.Message.Text
		f.Related = append(f.Related, loc)
	}
	// A finding about no node hashes its message, which the writer ended
	// with a full stop.
	if f.Location.Node == "" && f.Fingerprint() != fp {
		g := f
		g.Message = strings.TrimSuffix(f.Message, ".")
		if g.Fingerprint() == fp {
			f = g
		}
	}
	d.b.Results = append(d.b.Results, Result{Fingerprint: fp, Finding: f})
}

// location is the node (the first logical location) and the file and
// lines of a SARIF location. An artifact given by index alone is looked
// up in the run's artifacts.
func (l *sarifLocation) location(artifacts []string) finding.Location {
	var out finding.Location
	if len(l.LogicalLocations) > 0 {
		out.Node = l.LogicalLocations[0].FullyQualifiedName
	}
	pl := l.PhysicalLocation
	if pl == nil {
		return out
	}
	uri := pl.ArtifactLocation.URI
	if i := pl.ArtifactLocation.Index; uri == "" && i != nil && *i >= 0 && *i < len(artifacts) {
		uri = artifacts[*i]
	}
	if name, ok := sarif.FileName(uri); ok && name != "" {
		out.Range = fileRange(name, pl.Region)
	}
	return out
}

// fileRange converts a SARIF region to a range with lines and columns (no
// byte offsets). A missing end line is the start line.
func fileRange(name string, reg *sarifRegion) graph.Range {
	rg := graph.Range{Filename: name}
	if reg == nil || reg.StartLine < 1 {
		return rg
	}
	rg.Start = graph.Pos{Line: reg.StartLine, Column: max(reg.StartColumn, 1)}
	rg.End = graph.Pos{Line: max(reg.EndLine, reg.StartLine), Column: max(reg.EndColumn, 0)}
	return rg
}

// attribute reads the attribute path property; anything else than a path
// in the form graph.Path.String writes is no path.
func attribute(raw json.RawMessage) graph.Path {
	var s string
	if json.Unmarshal(raw, &s) != nil || s == "" {
		return nil
	}
	p, err := graph.ParsePath(s)
	if err != nil {
		return nil
	}
	return p
}

// level reads a result's level; a level moat does not write ("none", or
// none at all) reads as a warning, SARIF's default.
func level(s string) finding.Level {
	l, err := finding.ParseLevel(s)
	if err != nil {
		return finding.Warning
	}
	return l
}
