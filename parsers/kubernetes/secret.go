package kubernetes

import (
	"encoding/base64"

	"github.com/moatscan/moat/graph"
)

// redacted replaces every Secret value in Attrs.
const redacted = "(redacted)"

// secretFacts describes a core v1 Secret for the rules and moves its values
// out of reach: the decoded values go to Sensitive, for checks written in
// Go, and every value under data and stringData in Attrs becomes
// "(redacted)", so that no secret reaches policies, reports or logs.
//
// The "secret" fact holds the type (Opaque when unset) and, per key, where
// it is written (data or stringData; stringData wins, as in the API), the
// decoded size, and whether the value decodes: data values must be base64,
// stringData values are plain text and always do. A key whose value is a
// placeholder is marked unknown.
func secretFacts(n *graph.Node) {
	unknown := make(map[string]bool, len(n.Unknown))
	for _, u := range n.Unknown {
		if len(u) == 2 {
			unknown[u[0]+"\x00"+u[1]] = true
		}
	}
	keys := make(map[string]any)
	n.Sensitive = make(map[string][]byte)
	for _, source := range []string{"data", "stringData"} {
		values, _ := n.Attrs[source].(map[string]any)
		for key, v := range values {
			value, ok := decodeSecret(source, v)
			info := map[string]any{"source": source, "valid_base64": ok, "size": int64(len(value))}
			if unknown[source+"\x00"+key] {
				info["unknown"] = true
			}
			keys[key] = info
			delete(n.Sensitive, key)
			if ok {
				n.Sensitive[key] = value
			}
		}
		redact(n.Attrs, source)
	}
	typ, _ := n.Attrs["type"].(string)
	if typ == "" {
		typ = "Opaque"
	}
	fact(n, "secret", map[string]any{"type": typ, "keys": keys})
}

// decodeSecret returns the bytes a Secret value stands for, and false when
// it cannot be decoded (not base64, or not a string at all).
func decodeSecret(source string, v any) ([]byte, bool) {
	switch v := v.(type) {
	case nil:
		return []byte{}, true
	case string:
		if source == "stringData" {
			return []byte(v), true
		}
		b, err := base64.StdEncoding.DecodeString(v)
		if err != nil {
			return nil, false
		}
		return b, true
	}
	return nil, false
}

// redact replaces the values of attrs[field]: each entry of a mapping, or
// the whole value when it is something else.
func redact(attrs map[string]any, field string) {
	switch v := attrs[field].(type) {
	case nil:
	case map[string]any:
		for k := range v {
			v[k] = redacted
		}
	default:
		attrs[field] = redacted
	}
}
