package azurerm

import (
	"encoding/json"
	"strings"

	"github.com/moatscan/moat/graph"
	"github.com/moatscan/moat/parsers/terraform/tfmodel"
)

// extensionTypes are ARM extension resource types (lower case): the
// parent_id of an azapi_resource of these types is the resource they
// extend, its ARM scope, rather than its parent.
var extensionTypes = map[string]bool{
	"microsoft.kubernetesconfiguration/extensions":         true,
	"microsoft.kubernetesconfiguration/fluxconfigurations": true,
	"microsoft.authorization/roleassignments":              true,
	"microsoft.authorization/locks":                        true,
	"microsoft.authorization/policyassignments":            true,
	"microsoft.insights/diagnosticsettings":                true,
	"microsoft.resources/tags":                             true,
}

// isAzapi reports whether a Terraform type carries an ARM type and body.
func isAzapi(tfType string) bool {
	return tfType == "azapi_resource" || tfType == "azapi_update_resource"
}

// azapiSpec builds the spec of an azapi instance from the ARM type its
// type argument names ("Microsoft.X/y@2024-01-01"); false when that is not
// known.
func azapiSpec(r *tfmodel.Resource) (spec, bool) {
	t, _ := r.Attrs["type"].(string)
	armType, api, _ := strings.Cut(t, "@")
	if armType = strings.TrimSpace(armType); armType == "" {
		return spec{}, false
	}
	update := r.Type == "azapi_update_resource"
	rules := azapiRules(extensionTypes[strings.ToLower(armType)] && !update, r.Mode == tfmodel.Data)
	return spec{arm: armType, rules: rules, extra: func(m *mapper) {
		if api = strings.TrimSpace(api); api != "" {
			setFact(m.node, "api_version", api)
			if r, ok := m.src.Ranges["type"]; ok { // where the apiVersion is written
				m.node.SetRange(graph.P("apiVersion"), r)
			}
		}
		if update {
			setFact(m.node, "update", true)
		}
	}}, true
}

// azapiRules map an azapi instance: the body is the ARM body (its paths
// lose the body. prefix); name, location, tags and identity as for azurerm.
func azapiRules(extension, data bool) []rule {
	parent, resourceID := "parent", "parent"
	if extension {
		parent = "scope"
	}
	if data {
		resourceID = "id"
	}
	return []rule{
		decoded(attr("body|sensitive_body", "")),
		nameRule, locationRule, tagsRule, identityRule, idRule,
		attr("parent_id", parent),
		attr("resource_id", resourceID),
		drop("type|schema_validation_enabled|response_export_values|locks|timeouts|retry|" +
			"ignore_casing|ignore_missing_property|ignore_body_changes|ignore_null_property|sensitive_body_version"),
	}
}

// outputRule maps the response values a reference may read
// (azapi_resource.x.output.properties.y) onto the ARM body.
var outputRule = attr("output", "")

// decoded marks a rule whose value may be a JSON document in a string
// (jsonencode): it is decoded, and paths inside it pass through.
func decoded(r rule) rule {
	r.json = true
	return r
}

// decodeJSON reads a jsonencode'd body; numbers become int64 when whole.
func decodeJSON(v any) (any, bool) {
	s, ok := v.(string)
	if !ok {
		return graph.CopyValue(v), v != nil
	}
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var out any
	if err := dec.Decode(&out); err != nil || dec.More() {
		return nil, false
	}
	return numbers(out), true
}

// numbers turns json.Number values into int64 or float64.
func numbers(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = numbers(e)
		}
	case []any:
		for i, e := range x {
			x[i] = numbers(e)
		}
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return i
		}
		f, _ := x.Float64()
		return f
	}
	return v
}
