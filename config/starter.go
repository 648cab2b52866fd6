package config

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/moatscan/moat/finding"
	"github.com/moatscan/moat/policies"
)

// In the starter file every line starts with mark: a setting is mark
// followed by YAML, an explanation is mark followed by a YAML comment.
// Deleting the mark of a line restores it as it would be written.
const mark = "#"

// width is where explanations wrap.
const width = 80

// profileHelp explains each profile key, by its path below profile.
var profileHelp = map[string]string{
	"environment":                            "prod or dev: dev lowers the dev/test-only findings (HTTP endpoints, self-signed certificates, preview outbound type) to notes",
	"network_isolated":                       "the cluster the manifests deploy to is meant to be network isolated",
	"cluster":                                "that cluster (name or address); empty: the only cluster of the scan, marked as a guess",
	"isolation_tag":                          "a cluster tagged <tag>=true is meant to be network isolated",
	"builtin_storage_classes":                "the AKS storage classes without private endpoints",
	"dns_hub_vnets":                          "VNets (name or ID) whose DNS serves the clusters: a private DNS zone linked to one counts as linked for every cluster",
	"transitive_peering":                     "accept VNets peered through a third VNet (hub and spoke)",
	"unsupported_extensions":                 "the cluster extension types network isolated clusters do not support",
	"cert_expiry_days":                       "warn this many days before a certificate in the repository expires",
	"policy_managed_dns_zone_groups":         "Azure Policy adds DNS zone groups after deployment: a private endpoint without one is a warning, not an error",
	"manifests":                              "sets of manifests that deploy to other clusters (first match wins): --exclude style patterns, the cluster, whether it is isolated",
	"unverified":                             "the catalog's unverified items, each on as the catalog advises",
	"unverified.block_outbound_type":         "outbound type \"block\" isolates a cluster",
	"unverified.cli_tls_keys":                "accept sslSecret, sslCertPemFile and sslKeyPemFile as well as scoringFe.*",
	"unverified.setting_keys_case_sensitive": "a mis-cased extension setting key is ignored by Azure",
	"unverified.arm_network_plugin_note":     "an ARM cluster without a network plugin gets a note",
	"unverified.oidc_service_default_1_34":   "AKS 1.34+ turns the OIDC issuer on when a template leaves it out",
	"unverified.hbi_workspace_identity":      "the workspace's own identity may hold the HBI storage roles",
	"unverified.use_annotation_ignored":      "the webhook ignores azure.workload.identity/use as an annotation",
}

// Starter returns the commented starter configuration that `scan config
// init` writes: every section with an explanation per key, the profile
// at its defaults, examples for the other sections (drawn from rules),
// and the list of rule IDs with their titles. Every line is commented
// out with a "#", so the file as written configures nothing, and deleting
// the first "#" of every line gives a valid configuration.
func Starter(rules []finding.Rule) []byte {
	rules = append([]finding.Rule(nil), rules...)
	sort.Slice(rules, func(i, j int) bool { return rules[i].ID < rules[j].ID })
	w := &starter{}
	w.note(0, FileName+": the configuration of moat. Every key is optional; a key left out "+
		"keeps its default. Every line is commented out: delete the first \"#\" of a setting to use it. "+
		"Unknown keys are errors.")
	w.blank()
	w.note(0, "profile: what the rules should know about the environment (the defaults).")
	w.set(0, "profile:")
	w.profile(reflect.ValueOf(policies.DefaultProfile()), 1, "")
	w.blank()
	w.rules(examples(rules))
	w.blank()
	w.note(0, "exclude: paths the scan skips, with the syntax of --exclude.")
	w.set(0, "exclude:")
	w.set(1, "- examples/**")
	w.blank()
	w.suppressions(examples(rules))
	w.blank()
	w.note(0, "The rules, to copy IDs from:")
	for _, r := range rules {
		fmt.Fprintf(&w.b, "%s#   %-11s  %s\n", mark, r.ID, strings.Join(strings.Fields(r.Title), " "))
	}
	return w.b.Bytes()
}

type starter struct{ b bytes.Buffer }

func (w *starter) blank() { w.b.WriteByte('\n') }

// set writes a commented-out setting at an indentation level.
func (w *starter) set(level int, s string) {
	fmt.Fprintf(&w.b, "%s%s%s\n", mark, strings.Repeat("  ", level), s)
}

// list writes a setting whose value is a flow list, wrapped.
func (w *starter) list(level int, key string, items []string) {
	line := mark + strings.Repeat("  ", level) + key + ": ["
	for i, it := range items {
		if i < len(items)-1 {
			it += ","
		}
		if i > 0 && len(line)+1+len(it) > width {
			w.b.WriteString(line + "\n")
			line = mark + strings.Repeat("  ", level+2)
		} else if i > 0 {
			line += " "
		}
		line += it
	}
	w.b.WriteString(line + "]\n")
}

// note writes an explanation at an indentation level, wrapped.
func (w *starter) note(level int, s string) {
	prefix := mark + strings.Repeat("  ", level) + "#"
	line := prefix
	for _, word := range strings.Fields(s) {
		if len(line) > len(prefix) && len(line)+1+len(word) > width {
			w.b.WriteString(line + "\n")
			line = prefix
		}
		line += " " + word
	}
	w.b.WriteString(line + "\n")
}

// profile writes the fields of a profile value (or of its unverified
// part), each with its explanation.
func (w *starter) profile(v reflect.Value, level int, prefix string) {
	t := v.Type()
	for i := range t.NumField() {
		name := yamlName(t.Field(i))
		if name == "" {
			continue
		}
		if help := profileHelp[prefix+name]; help != "" {
			w.note(level, help)
		}
		switch f := v.Field(i); {
		case name == "manifests":
			w.set(level, "manifests:")
			w.set(level+1, "- paths: [k8s/isolated/**]")
			w.set(level+1, "  cluster: aks-iso")
			w.set(level+1, "  network_isolated: true")
		case f.Kind() == reflect.Struct:
			w.set(level, name+":")
			w.profile(f, level+1, name+".")
		case f.Kind() == reflect.Slice && f.Len() > 0:
			items := make([]string, f.Len())
			for j := range items {
				items[j] = flow(f.Index(j).Interface())
			}
			w.list(level, name, items)
		default:
			w.set(level, name+": "+flow(f.Interface()))
		}
	}
}

// flow renders a value as one line of YAML.
func flow(v any) string {
	var n yaml.Node
	if err := n.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	if n.Kind == yaml.SequenceNode {
		n.Style = yaml.FlowStyle
	}
	b, err := yaml.Marshal(&n)
	if err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSpace(string(b))
}

// example holds the rule IDs and patterns the examples use, drawn from
// the rules so that the examples name rules that exist.
type example struct {
	areas    []string // up to two area patterns (AZR-ISO-*)
	disable  string
	severity string // a rule whose default level is error, when there is one
	suppress string
}

func examples(rules []finding.Rule) example {
	if len(rules) == 0 {
		return example{areas: []string{"AZR-ISO-*"}, disable: "AZR-ISO-001", severity: "AZR-ISO-001", suppress: "AZR-ISO-001"}
	}
	x := example{disable: rules[len(rules)-1].ID, severity: rules[0].ID, suppress: rules[0].ID}
	for _, r := range rules {
		if i := strings.LastIndexByte(r.ID, '-'); i > 0 && len(x.areas) < 2 && !slices.Contains(x.areas, r.ID[:i]+"-*") {
			x.areas = append(x.areas, r.ID[:i]+"-*")
		}
	}
	for _, r := range rules {
		if r.Severity == finding.Error {
			x.severity = r.ID
			break
		}
	}
	return x
}

func (w *starter) rules(x example) {
	w.note(0, "rules: which rules run and at what level, by rule ID or pattern such as "+
		"AZR-ISO-* (case is ignored). The rule IDs are listed at the end of this file.")
	w.set(0, "rules:")
	w.note(1, "when set, only the rules matching one of these run")
	w.set(1, "enable: ["+strings.Join(x.areas, ", ")+"]")
	w.note(1, "these never run, even when enabled")
	w.set(1, "disable: ["+x.disable+"]")
	w.note(1, "level overrides: error, warning or note")
	w.set(1, "severity:")
	w.set(2, x.severity+": warning")
}

func (w *starter) suppressions(x example) {
	w.note(0, "suppressions: findings people accepted, with a reason. A suppressed finding "+
		"stays in the report, marked as suppressed, and does not count.")
	w.set(0, "suppressions:")
	w.note(2, "rule IDs or patterns (required)")
	w.set(1, "- rules: ["+x.suppress+"]")
	w.note(2, "--exclude style globs on the finding's file (optional: any file)")
	w.set(2, "paths: [infra/legacy/**]")
	w.note(2, "glob on the resource: its node ID, its address or its name; * matches "+
		"anything, / and : included (optional: any resource)")
	w.set(2, "resource: azurerm_kubernetes_cluster.legacy")
	w.note(2, "why the findings are accepted (required)")
	w.set(2, "reason: Legacy cluster, replaced in Q2")
	w.note(2, "YYYY-MM-DD, the last day the suppression holds (optional: no end)")
	w.set(2, "expires: 2027-03-31")
}
