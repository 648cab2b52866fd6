package plan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/moatscan/moat/internal/golden"
	"github.com/moatscan/moat/internal/jsonpos"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want bool
	}{
		{"plan", `{"format_version": "1.2", "planned_values": {}}`, true},
		{"changes only", `{"format_version": "1.0", "resource_changes": []}`, true},
		{"configuration only", "\ufeff{\"configuration\": {}, \"format_version\": \"1.1\"}", true},
		{"unsupported version", `{"format_version": "2.0", "planned_values": {}}`, true},
		{"state", `{"format_version": "1.0", "terraform_version": "1.9.5", "values": {}}`, false},
		{"arm template", `{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": []}`, false},
		{"key in a string", `{"a": "\"format_version\"", "planned_values": {}}`, false},
		{"array", `[{"format_version": "1.2", "planned_values": {}}]`, false},
		{"not json", `{"format_version": "1.2", "planned_values": `, false},
		{"empty", ``, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect([]byte(tt.src)); got != tt.want {
				t.Errorf("Detect = %v, want %v", got, tt.want)
			}
		})
	}
}

// resource is a well-formed planned resource, for the cases that break
// something else.
const resource = `{"address": "azurerm_x.a", "mode": "managed", "type": "azurerm_x", "name": "a", "values": {}}`

func TestInvalid(t *testing.T) {
	type diag struct{ Code, Subject, Summary, Detail string }
	const how = " Write it with terraform show -json <planfile>."
	const skip = " Write the plan with terraform show -json <planfile>."
	tests := []struct {
		name      string
		src       string
		want      []diag
		resources int
	}{
		{
			name: "not json",
			src:  `{"format_version": `,
			want: []diag{{jsonpos.CodeSyntax, "1:20-1:20 @19-19", "Invalid JSON", "Expected a value, but found the end of the file."}},
		},
		{
			name: "array",
			src:  `[]`,
			want: []diag{{CodeInvalid, "1:1-1:2 @0-1", "Not a Terraform plan", "The file holds a JSON array, not an object." + how}},
		},
		{
			name: "no format version",
			src:  `{"planned_values": {}}`,
			want: []diag{{CodeInvalid, "1:1-1:2 @0-1", "Not a Terraform plan", "The object has no format_version string." + how}},
		},
		{
			name: "version is a number",
			src:  `{"format_version": 1.2, "planned_values": {}}`,
			want: []diag{{CodeInvalid, "1:1-1:2 @0-1", "Not a Terraform plan", "The object has no format_version string." + how}},
		},
		{
			name: "unsupported version",
			src:  `{"format_version": "2.0", "planned_values": {}}`,
			want: []diag{{CodeInvalid, "1:20-1:25 @19-24", "Unsupported plan format version", `format_version "2.0" is not 1.x, the only plan format read.` + how}},
		},
		{
			name: "state",
			src:  `{"format_version": "1.0", "values": {}}`,
			want: []diag{{CodeInvalid, "1:1-1:2 @0-1", "Not a Terraform plan",
				"The object has none of planned_values, resource_changes and configuration; it may be a state, which is not read." + how}},
		},
		{
			name: "planned values a string",
			src:  `{"format_version": "1.2", "planned_values": "x"}`,
			want: []diag{{CodeInvalid, "1:45-1:48 @44-47", "Unexpected plan content", "planned_values should be an object, but it is a string; it is skipped." + skip}},
		},
		{
			name: "resources an object",
			src:  `{"format_version": "1.2", "planned_values": {"root_module": {"resources": {}}}}`,
			want: []diag{{CodeInvalid, "1:75-1:77 @74-76", "Unexpected plan content", "planned_values.root_module.resources should be an array, but it is an object; it is skipped." + skip}},
		},
		{
			name: "resource without type",
			src:  `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "a.b"}, ` + resource + `]}}}`,
			want: []diag{{CodeInvalid, "1:76-1:94 @75-93", "Incomplete plan resource",
				"planned_values.root_module.resources[0] has no address, type or name string; it is skipped." + skip}},
			resources: 1,
		},
		{
			name: "resource mode",
			src:  `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "a.b", "mode": "ephemeral", "type": "a", "name": "b"}]}}}`,
			want: []diag{{CodeInvalid, "1:103-1:114 @102-113", "Unsupported resource mode",
				`planned_values.root_module.resources[0] has mode "ephemeral"; only managed resources and data sources are read.`}},
		},
		{
			name: "resource address",
			src:  `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "module.a", "type": "a", "name": "b"}]}}}`,
			want: []diag{{CodeInvalid, "1:88-1:98 @87-97", "Invalid resource address",
				`The address "module.a" of planned_values.root_module.resources[0] is not a resource instance address; it is skipped.`}},
		},
		{
			name: "values a list",
			src:  `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"address": "a.b", "type": "a", "name": "b", "values": []}]}}}`,
			want: []diag{{CodeInvalid, "1:131-1:133 @130-132", "Unexpected plan content",
				"planned_values.root_module.resources[0].values should be an object, but it is an array; it is skipped." + skip}},
			resources: 1,
		},
		{
			name: "after unknown a list",
			src:  `{"format_version": "1.2", "resource_changes": [{"address": "a.b", "change": {"after_unknown": [true]}}]}`,
			want: []diag{{CodeInvalid, "1:95-1:101 @94-100", "Unexpected plan content",
				"resource_changes[0].change.after_unknown should be an object, but it is an array; it is skipped." + skip}},
		},
		{
			name: "nulls are absent",
			src:  `{"format_version": "1.2", "planned_values": null, "prior_state": null, "configuration": {"root_module": null}}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, diags := Read("p.json", []byte(tt.src), ".")
			var got []diag
			for _, d := range diags {
				got = append(got, diag{d.Code, golden.Short(d.Subject), d.Summary, d.Detail})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			if len(res) != tt.resources {
				t.Errorf("got %d resources, want %d", len(res), tt.resources)
			}
		})
	}
}

func TestChanges(t *testing.T) {
	src := `{"format_version": "1.2",
"planned_values": {"root_module": {"resources": [` + resource + `]}},
"resource_changes": [
  {"address": "azurerm_x.a", "change": {"after_unknown": {"id": true}}},
  {"address": "azurerm_x.a", "deposed": "00000001", "change": {"after_unknown": {"old": true}}}
],
"prior_state": {"values": {"root_module": {"resources": [
  {"address": "azurerm_x.a", "mode": "managed", "type": "azurerm_x", "name": "a", "values": {"stale": true}},
  {"address": "data.azurerm_y.b", "mode": "data", "type": "azurerm_y", "name": "b", "values": {"k": "v"}}
]}}}}`
	res, diags := Read("p.json", []byte(src), "infra")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	type brief struct {
		Address, Root string
		Unknown       string
		Attrs         map[string]any
	}
	var got []brief
	for _, r := range res {
		b := brief{Address: r.Address, Root: r.Root, Attrs: r.Attrs}
		for _, u := range r.Unknown {
			b.Unknown += u.String()
		}
		got = append(got, b)
	}
	want := []brief{
		{Address: "azurerm_x.a", Root: "infra", Unknown: "id", Attrs: map[string]any{}},
		{Address: "data.azurerm_y.b", Root: "infra", Attrs: map[string]any{"k": "v"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
}

func TestProvider(t *testing.T) {
	src := `{"format_version": "1.2",
"planned_values": {"root_module": {"resources": [
  {"address": "azapi_resource.a", "type": "azapi_resource", "name": "a", "provider_name": "registry.terraform.io/azure/azapi"},
  {"address": "azurerm_x.b", "type": "azurerm_x", "name": "b"},
  {"address": "azurerm_x.c", "type": "azurerm_x", "name": "c"}
]}},
"configuration": {
  "provider_config": {
    "azapi": {"name": "azapi", "full_name": "registry.terraform.io/azure/azapi", "version_constraint": ">= 1.13, < 3.0"},
    "azurerm": {"name": "azurerm", "full_name": "registry.terraform.io/hashicorp/azurerm", "version_constraint": "~> 4.0"},
    "azurerm.west": {"name": "azurerm", "full_name": "registry.terraform.io/hashicorp/azurerm", "alias": "west"}
  },
  "root_module": {"resources": [
    {"address": "azapi_resource.a", "mode": "managed", "type": "azapi_resource", "name": "a", "provider_config_key": "azapi"},
    {"address": "azurerm_x.b", "mode": "managed", "type": "azurerm_x", "name": "b", "provider_config_key": "azurerm.west"}
  ]}
}}`
	res, diags := Read("p.json", []byte(src), ".")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	var got []string
	for _, r := range res {
		got = append(got, r.Provider.Name+" "+r.Provider.Constraint+" "+string(rune('0'+r.Provider.Major)))
	}
	want := []string{"azapi >= 1.13, < 3.0 1", "azurerm ~> 4.0 4", "azurerm ~> 4.0 4"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("providers (-want +got):\n%s", diff)
	}
}
