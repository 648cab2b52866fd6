package sarif

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// sentinels are the properties for which SARIF defines -1 as "not given"
// (§3.4 and the schema defaults); go-sarif writes them anyway.
var sentinels = map[string]bool{
	"id": true, "index": true, "parentIndex": true, "ruleIndex": true, "rank": true,
	"length": true, "byteOffset": true, "charOffset": true,
}

// keepEmpty are the arrays that carry meaning when empty: a run's results
// are present, if empty, when the log is a scan, and GitHub requires the
// driver's rules.
var keepEmpty = map[string]bool{"results": true, "rules": true}

// compact re-encodes the log that go-sarif wrote without the values SARIF
// defines as equal to absence: -1 sentinels, empty arrays and empty
// property bags. Object keys come out sorted, numbers unchanged.
func compact(raw []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("decode sarif: %w", err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(prune(v)); err != nil {
		return nil, fmt.Errorf("encode sarif: %w", err)
	}
	return buf.Bytes(), nil
}

// prune drops, recursively, the members compact leaves out.
func prune(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			e = prune(e)
			if omit(k, e) {
				delete(v, k)
				continue
			}
			v[k] = e
		}
	case []any:
		for i, e := range v {
			v[i] = prune(e)
		}
	}
	return v
}

func omit(key string, v any) bool {
	switch v := v.(type) {
	case json.Number:
		return sentinels[key] && v == "-1"
	case []any:
		return len(v) == 0 && !keepEmpty[key]
	case map[string]any:
		return len(v) == 0 && key == "properties"
	}
	return false
}
