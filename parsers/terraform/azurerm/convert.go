package azurerm

import (
	"fmt"
	"strings"

	"github.com/moatscan/moat/graph"
)

// boolean reads a bool, or a string Terraform would convert to one.
func boolean(v any) (bool, bool) {
	switch x := v.(type) {
	case bool:
		return x, true
	case string:
		switch x {
		case "true", "1":
			return true, true
		case "false", "0":
			return false, true
		}
	}
	return false, false
}

// invert flips a boolean whose ARM name says the opposite
// (local_auth_enabled → disableLocalAuth).
func invert(v any, _ *source) (any, bool) {
	b, ok := boolean(v)
	return !b, ok
}

// enabled turns a boolean into the "Enabled"/"Disabled" enum ARM uses.
func enabled(v any, _ *source) (any, bool) {
	b, ok := boolean(v)
	if !ok {
		return nil, false
	}
	if b {
		return "Enabled", true
	}
	return "Disabled", true
}

// disabledIf is enabled for booleans that say the opposite
// (enforce_private_link_endpoint_network_policies = true ⇒ "Disabled").
func disabledIf(v any, s *source) (any, bool) {
	b, ok := boolean(v)
	if !ok {
		return nil, false
	}
	return enabled(!b, s)
}

// lowerEnabled is enabled in the lower case some ARM policies use.
func lowerEnabled(v any, s *source) (any, bool) {
	e, ok := enabled(v, s)
	if !ok {
		return nil, false
	}
	return strings.ToLower(e.(string)), true
}

// commaList joins a Terraform set of strings into the comma-separated
// string ARM uses ("AzureServices, Logging").
func commaList(v any, _ *source) (any, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, ", "), true
	}
	return nil, false
}

// text writes a scalar as the string ARM expects in addon config maps.
func text(v any, _ *source) (any, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case bool, int64, float64, int:
		return fmt.Sprint(x), true
	}
	return nil, false
}

// list wraps a single value into a one-element list.
func list(v any, _ *source) (any, bool) {
	switch x := v.(type) {
	case []any:
		return graph.CopyValue(x), true
	case nil:
		return nil, false
	}
	return []any{graph.CopyValue(v)}, true
}

// mapping returns a conv that replaces values found in table (compared
// case-insensitively) and keeps the others.
func mapping(table map[string]string) conv {
	return func(v any, _ *source) (any, bool) {
		s, ok := v.(string)
		if !ok {
			return nil, false
		}
		if out, ok := table[strings.ToLower(s)]; ok {
			return out, true
		}
		return s, true
	}
}

// segment returns a conv that reads the name after the segment key of an
// ARM resource ID: segment("storageAccounts") of …/storageAccounts/st/… is st.
func segment(key string) conv {
	return func(v any, _ *source) (any, bool) {
		s, ok := v.(string)
		if !ok {
			return nil, false
		}
		parts := strings.Split(strings.Trim(s, "/"), "/")
		for i := 0; i+1 < len(parts); i++ {
			if strings.EqualFold(parts[i], key) && parts[i+1] != "" {
				return parts[i+1], true
			}
		}
		return nil, false
	}
}

// identityKeys turns identity_ids into the keys of userAssignedIdentities;
// ids not known statically are left out (they are in Unknown).
func identityKeys(v any) (any, bool) {
	ids, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := map[string]any{}
	for _, id := range ids {
		if s, ok := id.(string); ok && s != "" {
			out[s] = map[string]any{}
		}
	}
	return out, len(out) > 0
}

// eachObject turns a list of scalars into objects holding each at path.
func eachObject(v any, r rule, s *source) (any, bool) {
	in, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]any, 0, len(in))
	for _, e := range in {
		if r.conv != nil {
			if e, ok = r.conv(e, s); !ok {
				e = nil
			}
		}
		out = append(out, putPath(nil, r.each, graph.CopyValue(e)))
	}
	return out, true
}
