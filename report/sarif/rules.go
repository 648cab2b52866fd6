package sarif

import (
	"strings"
	"unicode"
	"unicode/utf8"

	v210 "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/moatscan/moat/finding"
)

// addRules lists every rule in tool.driver.rules, in the report's order.
func (b *builder) addRules(rules []finding.Rule) {
	for _, rule := range rules {
		if _, dup := b.rules[rule.ID]; dup {
			continue
		}
		b.rules[rule.ID] = len(b.run.Tool.Driver.Rules)
		b.run.Tool.Driver.AddRule(descriptor(rule))
	}
}

// ruleIndex returns the index of the rule in tool.driver.rules, or -1
// (the SARIF default, "not given") for a rule the report does not list.
func (b *builder) ruleIndex(id string) int {
	if i, ok := b.rules[id]; ok {
		return i
	}
	return -1
}

// descriptor turns a rule's metadata into a reportingDescriptor.
func descriptor(rule finding.Rule) *v210.ReportingDescriptor {
	full := rule.Description
	if full == "" {
		full = rule.Title
	}
	props := v210.NewPropertyBag().
		Add("security-severity", rule.Severity.SecuritySeverity()).
		Add("precision", "high").
		Add("problem.severity", problemSeverity(rule.Severity)).
		WithTags(tags(rule))
	return v210.NewRule(rule.ID).
		WithName(ruleName(rule)).
		WithShortDescription(v210.NewMultiformatMessageString().WithText(rule.Title)).
		WithFullDescription(v210.NewMultiformatMessageString().WithText(full)).
		WithHelp(v210.NewMultiformatMessageString().WithText(helpText(rule)).WithMarkdown(helpMarkdown(rule))).
		WithHelpURI(rule.HelpURI()).
		WithDefaultConfiguration(v210.NewReportingConfiguration().WithLevel(level(rule.Severity))).
		WithProperties(props)
}

// level is l as a SARIF level; anything unknown is a warning.
func level(l finding.Level) string {
	if l.Rank() == 0 {
		return string(finding.Warning)
	}
	return string(l)
}

// problemSeverity is GitHub's problem.severity for a level.
func problemSeverity(l finding.Level) string {
	switch l {
	case finding.Error:
		return "error"
	case finding.Note:
		return "recommendation"
	}
	return "warning"
}

// tags are "security", the rule's area, its provenance and its formats,
// without repeats.
func tags(rule finding.Rule) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range append([]string{"security", strings.ToLower(rule.Area()), rule.Provenance}, rule.Formats...) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// ruleName is the title in CamelCase ("Pods must not run as root" →
// "PodsMustNotRunAsRoot"), or the ID without dashes when there is no title.
func ruleName(rule finding.Rule) string {
	title := strings.NewReplacer("'", "", "\u2019", "").Replace(rule.Title)
	words := strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	var b strings.Builder
	for _, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(w[n:])
	}
	if b.Len() == 0 {
		return strings.ReplaceAll(rule.ID, "-", "")
	}
	return b.String()
}
