package sarif

import (
	"strings"

	"github.com/moatscan/moat/finding"
)

// helpText is the plain-text help of a rule: description, remediation,
// the seed document it comes from, references and the documentation link.
func helpText(rule finding.Rule) string {
	parts := []string{rule.Description}
	if rule.Remediation != "" {
		parts = append(parts, "How to fix: "+rule.Remediation)
	}
	if c := citation(rule.Seed); c != "" {
		parts = append(parts, "Source: "+c)
	}
	if len(rule.References) > 0 {
		parts = append(parts, "References:\n"+strings.Join(rule.References, "\n"))
	}
	parts = append(parts, "Documentation: "+rule.HelpURI())
	return join(parts)
}

// helpMarkdown is the same help in Markdown.
func helpMarkdown(rule finding.Rule) string {
	parts := []string{rule.Description}
	if rule.Remediation != "" {
		parts = append(parts, "**How to fix:** "+rule.Remediation)
	}
	if c := citation(rule.Seed); c != "" {
		parts = append(parts, "**Source:** "+c)
	}
	if len(rule.References) > 0 {
		var b strings.Builder
		b.WriteString("**References:**\n")
		for _, ref := range rule.References {
			b.WriteString("\n- <" + ref + ">")
		}
		parts = append(parts, b.String())
	}
	parts = append(parts, "[Rule documentation]("+rule.HelpURI()+")")
	return join(parts)
}

// citation names the seed document and section a rule comes from.
func citation(s finding.Seed) string {
	switch {
	case s.Document == "":
		return ""
	case s.Section == "":
		return s.Document
	}
	return s.Document + ", section " + s.Section
}

// join joins the non-empty parts as paragraphs.
func join(parts []string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}
