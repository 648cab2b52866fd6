package discover

import (
	"bytes"
	"strings"
)

// topKey flags the top-level keys that classification looks for.
type topKey uint8

const (
	keyAPIVersion topKey = 1 << iota
	keyKind
	keyFormatVersion
	keyPlannedValues
	keyResourceChanges

	keyManifest = keyAPIVersion | keyKind
	keyPlanBody = keyPlannedValues | keyResourceChanges
)

var watchedKeys = map[string]topKey{
	"apiVersion":       keyAPIVersion,
	"kind":             keyKind,
	"format_version":   keyFormatVersion,
	"planned_values":   keyPlannedValues,
	"resource_changes": keyResourceChanges,
}

// sniffJSON classifies a JSON document by its top-level keys and the value
// of its $schema. A document that does not scan cleanly (a syntax error, or
// cut at the sniff limit) but mentions apiVersion and kind is taken for a
// manifest, so that its parser reports what is wrong with it.
func sniffJSON(b []byte) Format {
	keys, schema, clean := scanTop(b)
	schema = strings.ToLower(schema)
	switch {
	case strings.Contains(schema, "deploymenttemplate.json"):
		return ARM
	case strings.Contains(schema, "deploymentparameters.json"):
		return ARMParams
	case keys&keyFormatVersion != 0 && keys&keyPlanBody != 0:
		return TerraformPlan
	case keys&keyManifest == keyManifest:
		return Kubernetes
	case !clean && firstByte(b) == '{' && bytes.Contains(b, []byte(`"apiVersion"`)) && bytes.Contains(b, []byte(`"kind"`)):
		return Kubernetes
	}
	return ""
}

var (
	docStart = []byte("---")
	docEnd   = []byte("...")
)

// sniffYAML reports Kubernetes when one document of a YAML stream has
// apiVersion and kind among its top-level keys. It reads lines, not YAML:
// a top-level key is one indented no deeper than the document's first line
// or indented with a tab (never valid YAML), so a manifest with broken
// indentation still counts and its parser reports the error.
func sniffYAML(b []byte) Format {
	var keys topKey
	indent := -1 // indentation of the document's first line
	for len(b) > 0 {
		var line []byte
		line, b, _ = bytes.Cut(b, []byte{'\n'})
		line = bytes.TrimSuffix(line, []byte{'\r'})
		if isDocMarker(line) {
			keys, indent = 0, -1
			continue
		}
		body := bytes.TrimLeft(line, " \t")
		if len(body) == 0 || body[0] == '#' || indent < 0 && body[0] == '%' {
			continue
		}
		if n := len(line) - len(body); indent < 0 || n <= indent || line[0] == '\t' {
			indent = max(indent, n)
			keys |= yamlKey(body)
		}
		if keys&keyManifest == keyManifest {
			return Kubernetes
		}
	}
	return ""
}

// isDocMarker reports whether line starts or ends a YAML document.
func isDocMarker(line []byte) bool {
	if bytes.Equal(line, docEnd) {
		return true
	}
	rest, ok := bytes.CutPrefix(line, docStart)
	return ok && (len(rest) == 0 || rest[0] == ' ' || rest[0] == '\t')
}

// yamlKey returns the flag of the mapping key that starts line, plain or
// quoted, when it is apiVersion or kind.
func yamlKey(line []byte) topKey {
	var quote []byte
	if line[0] == '"' || line[0] == '\'' {
		quote, line = line[:1], line[1:]
	}
	for _, k := range []string{"apiVersion", "kind"} {
		rest, ok := bytes.CutPrefix(line, []byte(k))
		if !ok {
			continue
		}
		if rest, ok = bytes.CutPrefix(rest, quote); !ok {
			continue
		}
		rest = bytes.TrimLeft(rest, " \t")
		if len(rest) > 0 && rest[0] == ':' && (len(rest) == 1 || rest[1] == ' ' || rest[1] == '\t') {
			return watchedKeys[k]
		}
	}
	return 0
}
