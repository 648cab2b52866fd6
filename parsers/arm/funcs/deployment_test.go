package funcs

import (
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

func TestDeploymentFunctions(t *testing.T) {
	// The objects of Microsoft Learn, "Scope functions for ARM templates"
	// and "Deployment functions for ARM templates", with what a scan knows.
	env := NewEnv(ResourceGroup)
	sub := env.SubscriptionID.(*value.Unknown)
	scoped := func(text string) *value.Unknown { return &value.Unknown{Reason: sub.Reason, Text: text, Scope: true} }
	cases := []tc{
		{name: "resourceGroup", fn: "resourceGroup", want: obj(
			"id", scoped("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"),
			"name", env.ResourceGroup,
			"type", "Microsoft.Resources/resourceGroups",
			"location", env.Location,
			"managedBy", later("resourceGroup().managedBy", "the resource group's manager"),
			"tags", later("resourceGroup().tags", "the resource group's tags"),
			"properties", later("resourceGroup().properties", "the resource group's properties"))},
		{name: "subscription", fn: "subscription", want: obj(
			"id", scoped("/subscriptions/{subscriptionId}"),
			"subscriptionId", env.SubscriptionID,
			"tenantId", env.TenantID,
			"displayName", later("subscription().displayName", "the subscription's display name"))},
		{name: "tenant", fn: "tenant", want: obj(
			"countryCode", later("tenant().countryCode", "the tenant's country"),
			"displayName", later("tenant().displayName", "the tenant's display name"),
			"id", &value.Unknown{Reason: "the tenant is known at deployment", Text: "/tenants/{tenantId}", Scope: true},
			"tenantId", env.TenantID)},
		{name: "deployment", fn: "deployment", want: obj(
			"name", env.DeploymentName,
			"properties", later("deployment().properties", "the deployment's properties"))},
		{name: "deployer", fn: "deployer", want: &value.Unknown{Reason: "deployer() is known only at deployment"}},
		{name: "managementGroup outside", fn: "managementGroup", errText: "managementGroup: not available in a resource group deployment"},
	}
	runTable(t, cases, nil)
}

func TestDeploymentKnownEnv(t *testing.T) {
	c := known(ResourceGroup)()
	got, err := invoke(c, "resourceGroup")
	if err != nil {
		t.Fatal(err)
	}
	id, _ := got.(*value.Object).Get("id")
	if id != "/subscriptions/"+subID+"/resourceGroups/examplegroup" {
		t.Errorf("resourceGroup().id = %v", id)
	}
	got, err = invoke(c, "environment")
	if err != nil {
		t.Fatal(err)
	}
	name, _ := got.(*value.Object).Get("name")
	suffixes, _ := got.(*value.Object).Get("suffixes")
	kv, _ := suffixes.(*value.Object).Get("keyvaultDns")
	if name != "AzureCloud" || kv != ".vault.azure.net" {
		t.Errorf("environment() = %v, %v", name, kv)
	}
}

func TestDeploymentScopes(t *testing.T) {
	cases := []struct {
		scope Scope
		tc
	}{
		{Subscription, tc{name: "resourceGroup at subscription", fn: "resourceGroup", errText: "resourceGroup: not available in a subscription deployment"}},
		{Tenant, tc{name: "subscription at tenant", fn: "subscription", errText: "subscription: not available in a tenant deployment"}},
		{ManagementGroup, tc{name: "managementGroup", fn: "managementGroup", want: obj(
			"id", "/providers/Microsoft.Management/managementGroups/mg1",
			"name", "mg1",
			"properties", later("managementGroup().properties", "the management group's properties"),
			"type", "/providers/Microsoft.Management/managementGroups")}},
		{Subscription, tc{name: "deployment at subscription", fn: "deployment", want: obj(
			"name", NewEnv(Subscription).DeploymentName,
			"location", later("deployment().location", "the deployment's location"),
			"properties", later("deployment().properties", "the deployment's properties"))}},
		{Tenant, tc{name: "tenant anywhere", fn: "tenant", want: obj(
			"countryCode", later("tenant().countryCode", "the tenant's country"),
			"displayName", later("tenant().displayName", "the tenant's display name"),
			"id", "/tenants/tid",
			"tenantId", "tid")}},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got, err := invoke(known(tt.scope)(), tt.fn, tt.args...)
			checkResult(t, got, err, tt.tc)
		})
	}
}

func TestDeploymentBudget(t *testing.T) {
	runTable(t, []tc{{name: "environment", fn: "environment", budget: true}}, small(10))
}
