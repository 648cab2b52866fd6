package policies

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/moatscan/moat/finding"
)

// custom is the METADATA custom block of a rule, decoded strictly.
type custom struct {
	ID          string        `json:"id"`
	Severity    finding.Level `json:"severity"`
	Provenance  string        `json:"provenance"`
	Seed        finding.Seed  `json:"seed"`
	Remediation string        `json:"remediation"`
	Scope       string        `json:"scope"`
	Formats     []string      `json:"formats"`
}

var (
	idPattern  = regexp.MustCompile(`^AZR-(INF|TLS|WI|ISO|SCH)-\d{3}$`)
	provenance = map[string]bool{"seed": true, "seed+derived": true, "seed+supplementary": true, "supplementary": true}
	formats    = map[string]bool{"terraform": true, "arm": true, "bicep": true, "kubernetes": true, "pem": true}
	seedFile   = regexp.MustCompile(`^00[0-4]_[0-9a-f]{16}\.txt$`)
)

// ruleMetadata decodes the package METADATA of a rule module. Every field
// is required; unknown custom keys are an error.
func ruleMetadata(m *ast.Module) (finding.Rule, error) {
	var a *ast.Annotations
	for _, ann := range m.Annotations {
		if ann.Scope == "package" {
			a = ann
		}
	}
	pkg := strings.TrimPrefix(m.Package.Path.String(), "data.")
	if a == nil {
		return finding.Rule{}, fmt.Errorf("%s: no package METADATA", pkg)
	}
	var c custom
	raw, err := json.Marshal(a.Custom)
	if err != nil {
		return finding.Rule{}, fmt.Errorf("%s: encode custom metadata: %w", pkg, err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return finding.Rule{}, fmt.Errorf("%s: custom metadata: %w", pkg, err)
	}
	r := finding.Rule{
		ID: c.ID, Title: a.Title, Description: strings.TrimSpace(a.Description), Severity: c.Severity,
		Provenance: c.Provenance, Seed: c.Seed, Remediation: strings.TrimSpace(c.Remediation),
		Scope: strings.TrimSpace(c.Scope), Formats: c.Formats, Package: pkg,
	}
	for _, rr := range a.RelatedResources {
		r.References = append(r.References, rr.Ref.String())
	}
	if err := validate(r); err != nil {
		return finding.Rule{}, fmt.Errorf("%s: %w", pkg, err)
	}
	return r, nil
}

func validate(r finding.Rule) error {
	var missing []string
	for name, v := range map[string]string{"title": r.Title, "description": r.Description,
		"custom.remediation": r.Remediation, "custom.scope": r.Scope, "custom.seed.section": r.Seed.Section} {
		if v == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return fmt.Errorf("metadata lacks %s", strings.Join(missing, ", "))
	}
	switch {
	case !idPattern.MatchString(r.ID):
		return fmt.Errorf("custom.id %q is not a catalog ID", r.ID)
	case r.Severity.Rank() == 0:
		return fmt.Errorf("custom.severity %q is not error, warning or note", r.Severity)
	case !provenance[r.Provenance]:
		return fmt.Errorf("custom.provenance %q is not seed, seed+derived or supplementary", r.Provenance)
	case !seedFile.MatchString(r.Seed.Document):
		return fmt.Errorf("custom.seed.document %q is not a seed file name", r.Seed.Document)
	case len(r.Formats) == 0:
		return fmt.Errorf("custom.formats is empty")
	case len(r.References) == 0:
		return fmt.Errorf("related_resources is empty")
	}
	for _, f := range r.Formats {
		if !formats[f] {
			return fmt.Errorf("custom.formats has unknown format %q", f)
		}
	}
	return nil
}
