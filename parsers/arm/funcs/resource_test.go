package funcs

import (
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

const subID = "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e"

// known returns a context at scope whose subscription is subID, resource
// group examplegroup, tenant tid and management group mg1.
func known(scope Scope) func() *Ctx {
	return func() *Ctx {
		c := ctx()
		c.Env.Scope = scope
		c.Env.SubscriptionID, c.Env.ResourceGroup = subID, "examplegroup"
		c.Env.TenantID, c.Env.ManagementGroup = "tid", "mg1"
		return c
	}
}

func TestResourceIDs(t *testing.T) {
	// Examples and results of Microsoft Learn, "Resource functions for ARM
	// templates".
	rg := "/subscriptions/" + subID + "/resourceGroups/"
	cases := []tc{
		{name: "same resource group", fn: "resourceId", args: arr("Microsoft.Storage/storageAccounts", "examplestorage"),
			want: rg + "examplegroup/providers/Microsoft.Storage/storageAccounts/examplestorage"},
		{name: "other resource group", fn: "resourceId", args: arr("otherResourceGroup", "Microsoft.Storage/storageAccounts", "examplestorage"),
			want: rg + "otherResourceGroup/providers/Microsoft.Storage/storageAccounts/examplestorage"},
		{name: "other subscription", fn: "resourceId",
			args: arr("11111111-1111-1111-1111-111111111111", "otherResourceGroup", "Microsoft.Storage/storageAccounts", "examplestorage"),
			want: "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/otherResourceGroup/providers/Microsoft.Storage/storageAccounts/examplestorage"},
		{name: "nested resource", fn: "resourceId", args: arr("Microsoft.SQL/servers/databases", "serverName", "databaseName"),
			want: rg + "examplegroup/providers/Microsoft.SQL/servers/serverName/databases/databaseName"},
		{name: "child of child", fn: "resourceId", args: arr("Microsoft.ServiceBus/namespaces/queues/authorizationRules", "namespace1", "queue1", "auth1"),
			want: rg + "examplegroup/providers/Microsoft.ServiceBus/namespaces/namespace1/queues/queue1/authorizationRules/auth1"},
		{name: "too few names", fn: "resourceId", args: arr("Microsoft.Network/virtualNetworks/subnets", "vnet"),
			errText: `resourceId: the resource type "Microsoft.Network/virtualNetworks/subnets" needs 2 names, got 1`},
		{name: "no type", fn: "resourceId", args: arr("a", "b", "c", "d"), errText: "resourceId: no resource type (Namespace/type) among the first 3 arguments"},
		{name: "empty segment", fn: "resourceId", args: arr("Microsoft.Network//x", "a", "b"), errText: "has an empty segment"},
		{name: "int name", fn: "resourceId", args: arr("Microsoft.X/y", int64(1)), errText: "resourceId: argument 2 must be a string, got int"},
		{name: "subscription resource", fn: "subscriptionResourceId", args: arr("Microsoft.Authorization/roleDefinitions", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635"),
			want: "/subscriptions/" + subID + "/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635"},
		{name: "subscription resource in other subscription", fn: "subscriptionResourceId", args: arr("s2", "Microsoft.Resources/resourceGroups", "rg"),
			want: "/subscriptions/s2/providers/Microsoft.Resources/resourceGroups/rg"},
		{name: "tenant resource", fn: "tenantResourceId", args: arr("Microsoft.Authorization/policyDefinitions", "0a914e76-4921-4c19-b460-a2d36003525a"),
			want: "/providers/Microsoft.Authorization/policyDefinitions/0a914e76-4921-4c19-b460-a2d36003525a"},
		{name: "management group resource", fn: "managementGroupResourceId", args: arr("Microsoft.Authorization/policyDefinitions", "LocationRestriction"),
			want: "/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/LocationRestriction"},
		{name: "management group resource in other group", fn: "managementGroupResourceId", args: arr("mg2", "Microsoft.Authorization/policyDefinitions", "p"),
			want: "/providers/Microsoft.Management/managementGroups/mg2/providers/Microsoft.Authorization/policyDefinitions/p"},
		{name: "extension of resource group", fn: "extensionResourceId", args: arr(rg+"examplegroup", "Microsoft.Authorization/locks", "lock1"),
			want: rg + "examplegroup/providers/Microsoft.Authorization/locks/lock1"},
		{name: "extension of tenant", fn: "extensionResourceId", args: arr("/", "Microsoft.Authorization/policyAssignments", "a"),
			want: "/providers/Microsoft.Authorization/policyAssignments/a"},
		{name: "extension without type", fn: "extensionResourceId", args: arr("/x", "locks", "a"),
			errText: "extensionResourceId: argument 2 must be a resource type (Namespace/type)"},
	}
	runTable(t, cases, known(ResourceGroup))
}

func TestResourceIDScopes(t *testing.T) {
	cases := []struct {
		scope Scope
		tc
	}{
		{Subscription, tc{name: "subscription scope", fn: "resourceId", args: arr("Microsoft.Resources/resourceGroups", "rg1"),
			want: "/subscriptions/" + subID + "/providers/Microsoft.Resources/resourceGroups/rg1"}},
		{Subscription, tc{name: "subscription scope with group", fn: "resourceId", args: arr("rg1", "Microsoft.Storage/storageAccounts", "s"),
			want: "/subscriptions/" + subID + "/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/s"}},
		{ManagementGroup, tc{name: "management group scope", fn: "resourceId", args: arr("Microsoft.Authorization/policyDefinitions", "p"),
			want: "/providers/Microsoft.Authorization/policyDefinitions/p"}},
		{Tenant, tc{name: "tenant scope", fn: "resourceId", args: arr("Microsoft.Management/managementGroups", "mg"),
			want: "/providers/Microsoft.Management/managementGroups/mg"}},
		{Tenant, tc{name: "tenant scope with group", fn: "resourceId", args: arr("rg", "Microsoft.X/y", "n"),
			errText: "resourceId: a resource group name needs a subscription ID in a tenant deployment"}},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := invoke(known(tt.scope)(), tt.fn, tt.args...)
			checkResult(t, got, err, tt.tc)
		})
	}
}

func TestResourceUnknowns(t *testing.T) {
	// With NewEnv's placeholders resource IDs are Scope unknowns.
	sub := "the subscription is known at deployment"
	scoped := func(text string) *value.Unknown { return &value.Unknown{Reason: sub, Text: text, Scope: true} }
	cases := []tc{
		{name: "resourceId placeholders", fn: "resourceId", args: arr("Microsoft.Storage/storageAccounts", "s"),
			want: scoped("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/s")},
		{name: "resourceId scope name", fn: "resourceId", args: arr("Microsoft.Network/virtualNetworks", scopeRG),
			want: scoped("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/virtualNetworks/{resourceGroupName}")},
		{name: "resourceId plain unknown name", fn: "resourceId", args: arr("Microsoft.Network/virtualNetworks", later1), want: plainLater},
		{name: "subscriptionResourceId placeholder", fn: "subscriptionResourceId", args: arr("Microsoft.Authorization/roleDefinitions", "r"),
			want: scoped("/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/r")},
		{name: "extensionResourceId of scope id", fn: "extensionResourceId",
			args: arr(scoped("/subscriptions/{subscriptionId}"), "Microsoft.Authorization/roleAssignments", "ra"),
			want: scoped("/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleAssignments/ra")},
		{name: "tenantResourceId plain unknown", fn: "tenantResourceId", args: arr("Microsoft.X/y", later1), want: plainLater},
	}
	runTable(t, cases, nil)
}

func TestReference(t *testing.T) {
	id := "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st"
	const reason = "reference() is known only at deployment"
	cases := []tc{
		{name: "reference", fn: "reference", args: arr(id, "2022-09-01"),
			want: &value.Unknown{Reason: reason, Ref: &value.Ref{Target: id}}},
		{name: "reference full", fn: "reference", args: arr("st", "2022-09-01", "Full"),
			want: &value.Unknown{Reason: reason, Ref: &value.Ref{Target: "st", Full: true}}},
		{name: "reference scope target", fn: "reference", args: arr(scopeRG),
			want: &value.Unknown{Reason: reason, Ref: &value.Ref{Target: scopeRG}}},
		{name: "reference plain unknown target", fn: "reference", args: arr(later1), want: plainLater},
		{name: "reference int", fn: "reference", args: arr(int64(1)), errText: "reference: argument 1 must be a string, got int"},
		{name: "listKeys", fn: "listKeys", args: arr(id, "2022-09-01"),
			want: &value.Unknown{Reason: "listKeys() is known only at deployment", Ref: &value.Ref{Target: id, Path: []string{"listKeys"}}}},
		{name: "listAccountSas", fn: "LISTACCOUNTSAS", args: arr(id, "2022-09-01", obj("signedExpiry", "x")),
			want: &value.Unknown{Reason: "LISTACCOUNTSAS() is known only at deployment", Ref: &value.Ref{Target: id, Path: []string{"LISTACCOUNTSAS"}}}},
		{name: "list of plain unknown", fn: "listSecrets", args: arr(later1, "v"), want: plainLater},
		{name: "list of int", fn: "listSecrets", args: arr(int64(1), "v"), errText: "listSecrets: argument 1 must be a string, got int"},
		{name: "pickZones", fn: "pickZones", args: arr("Microsoft.Compute", "virtualMachines", "westus2"),
			want: &value.Unknown{Reason: "pickZones() is known only at deployment"}},
		{name: "references", fn: "references", args: arr("loop"), want: &value.Unknown{Reason: "references() is known only at deployment"}},
		{name: "providers", fn: "providers", args: arr("Microsoft.Web", "sites"), want: &value.Unknown{Reason: "providers() is known only at deployment"}},
	}
	runTable(t, cases, nil)
}

func TestReferenceResolved(t *testing.T) {
	c := ctx()
	var gotTarget any
	var gotFull bool
	c.Env.Reference = func(target any, full bool) (any, bool) {
		gotTarget, gotFull = target, full
		return obj("outputs", obj()), target == "nested"
	}
	got, err := invoke(c, "reference", "nested", "2022-09-01", "full")
	checkResult(t, got, err, tc{fn: "reference", want: obj("outputs", obj())})
	if gotTarget != "nested" || !gotFull {
		t.Errorf("Env.Reference got (%v, %v), want (nested, true)", gotTarget, gotFull)
	}
	got, err = invoke(c, "reference", "other")
	checkResult(t, got, err, tc{fn: "reference", want: &value.Unknown{Reason: "reference() is known only at deployment", Ref: &value.Ref{Target: "other"}}})
}

func TestResourceIDCounting(t *testing.T) {
	// The type is found by counting the names it needs, so a name with a
	// '/' in front of it is not taken for the type.
	rg := "/subscriptions/" + subID + "/resourceGroups/"
	runTable(t, []tc{{name: "group name with a slash", fn: "resourceId", args: arr("a/b", "Microsoft.Storage/storageAccounts", "s"),
		want: rg + "a/b/providers/Microsoft.Storage/storageAccounts/s"}}, known(ResourceGroup))
}

func TestManagementGroupPlaceholder(t *testing.T) {
	mg := NewEnv(ManagementGroup).ManagementGroup.(*value.Unknown)
	runTable(t, []tc{{name: "management group placeholder", fn: "managementGroupResourceId",
		args: arr("Microsoft.Authorization/policyDefinitions", "p"),
		want: &value.Unknown{Reason: mg.Reason, Scope: true,
			Text: "/providers/Microsoft.Management/managementGroups/{managementGroupName}/providers/Microsoft.Authorization/policyDefinitions/p"}}}, nil)
}
