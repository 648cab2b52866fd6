package kubernetes

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"sigs.k8s.io/kustomize/kyaml/yaml"
)

// scalar resolves a scalar as yaml.v3 does (YAML 1.2 core schema: `yes` is
// a string, `true` a boolean, `"true"` a string) and returns it as plain
// data: string, int64, float64, bool or nil. Timestamps stay strings, as in
// the JSON the API server receives; so do infinities and NaN, which JSON
// cannot carry. ok is false when the value does not fit its explicit tag.
func scalar(n *yaml.Node) (v any, ok bool) {
	switch n.ShortTag() {
	case "!!str", "!!timestamp", "!!merge":
		return n.Value, true
	case "!!null":
		return nil, true
	case "!!bool":
		switch n.Value {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	case "!!int":
		if isDecimal(n.Value) {
			if i, err := strconv.ParseInt(n.Value, 10, 64); err == nil {
				return i, true
			}
		}
	}
	return decodeScalar(n)
}

// decodeScalar lets yaml.v3 resolve the scalars the fast paths above leave.
func decodeScalar(n *yaml.Node) (any, bool) {
	var v any
	if err := n.Decode(&v); err != nil {
		return n.Value, false
	}
	switch v := v.(type) {
	case nil, bool:
		return v, true
	case string:
		if !utf8.ValidString(v) {
			return n.Value, true
		}
		return v, true
	case int:
		return int64(v), true
	case int64:
		return v, true
	case uint64:
		return float64(v), true
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return n.Value, true
		}
		return v, true
	case time.Time:
		return n.Value, true
	}
	return n.Value, true
}

// isDecimal reports whether s is a plain decimal integer, which yaml.v3 and
// strconv read alike.
func isDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// keyString returns the map key a node stands for: a scalar's text as
// written, or the JSON form of a collection used as a key.
func keyString(n *yaml.Node) string {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode {
		return n.Value
	}
	var v any
	if err := n.Decode(&v); err == nil {
		if b, err := json.Marshal(v); err == nil {
			return string(b)
		}
	}
	return fmt.Sprint(v)
}

// isPlaceholder reports whether s holds something that is filled in later
// and so cannot be known statically: ${...} (envsubst, Terraform, Flux),
// {{ ... }} (Helm, Go templates) or a Kubernetes $(VAR_NAME) reference.
func isPlaceholder(s string) bool {
	if i := strings.Index(s, "${"); i >= 0 && strings.IndexByte(s[i+2:], '}') >= 0 {
		return true
	}
	if i := strings.Index(s, "{{"); i >= 0 && strings.Contains(s[i+2:], "}}") {
		return true
	}
	return hasVarRef(s)
}

// hasVarRef reports whether s holds $(NAME) that Kubernetes expands: `$$`
// escapes a dollar, so the reference needs an odd run of dollars before it.
func hasVarRef(s string) bool {
	for i := strings.Index(s, "$("); i >= 0; {
		run := 1
		for run <= i && s[i-run] == '$' {
			run++
		}
		rest := s[i+2:]
		if end := strings.IndexByte(rest, ')'); run%2 == 1 && end > 0 && isVarName(rest[:end]) {
			return true
		}
		next := strings.Index(rest, "$(")
		if next < 0 {
			return false
		}
		i += 2 + next
	}
	return false
}

func isVarName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}
