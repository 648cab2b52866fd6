package funcs

import (
	"fmt"

	"github.com/moatscan/moat/parsers/arm/value"
)

// deploymentFuncs are the functions of Microsoft Learn's "Deployment
// functions for ARM templates" and "Scope functions for ARM templates"
// (parameters and variables are the evaluator's). Their objects hold what
// the Env knows, built as IDs from its parts, and unknowns for the rest.
var deploymentFuncs = map[string]Func{
	"resourceGroup":   {Min: 0, Max: 0, Call: resourceGroup},
	"subscription":    {Min: 0, Max: 0, Call: subscription},
	"tenant":          {Min: 0, Max: 0, Call: tenant},
	"managementGroup": {Min: 0, Max: 0, Call: managementGroup},
	"deployment":      {Min: 0, Max: 0, Call: deployment},
	"deployer":        {Min: 0, Max: 0, Call: deployTime("deployer")},
	"environment":     {Min: 0, Max: 0, Call: environment},
}

// later is an unknown property of a deployment object: Text is the
// expression that reads it.
func later(expr, what string) *value.Unknown {
	return &value.Unknown{Reason: what + " is known at deployment", Text: "[" + expr + "]"}
}

// object builds an object from key, value pairs and takes its keys from
// the budget.
func object(c *Ctx, fn string, kv ...any) (*value.Object, error) {
	if err := c.take(fn, int64(len(kv)/2)); err != nil {
		return nil, err
	}
	o := value.NewObject(len(kv) / 2)
	for i := 0; i+1 < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1])
	}
	return o, nil
}

// onlyAt refuses a scope function outside the scopes that have it.
func onlyAt(fn string, env *Env, scopes ...Scope) error {
	for _, s := range scopes {
		if env.Scope == s {
			return nil
		}
	}
	return fmt.Errorf("%s: not available in a %s deployment", fn, env.Scope)
}

func resourceGroup(c *Ctx, _ []any) (any, error) {
	env := c.env()
	if err := onlyAt("resourceGroup", env, ResourceGroup); err != nil {
		return nil, err
	}
	id, err := joinParts(c, "resourceGroup", "/subscriptions/", env.SubscriptionID, "/resourceGroups/", env.ResourceGroup)
	if err != nil {
		return nil, err
	}
	return object(c, "resourceGroup",
		"id", id,
		"name", env.ResourceGroup,
		"type", "Microsoft.Resources/resourceGroups",
		"location", env.Location,
		"managedBy", later("resourceGroup().managedBy", "the resource group's manager"),
		"tags", later("resourceGroup().tags", "the resource group's tags"),
		"properties", later("resourceGroup().properties", "the resource group's properties"))
}

func subscription(c *Ctx, _ []any) (any, error) {
	env := c.env()
	if err := onlyAt("subscription", env, ResourceGroup, Subscription); err != nil {
		return nil, err
	}
	id, err := joinParts(c, "subscription", "/subscriptions/", env.SubscriptionID)
	if err != nil {
		return nil, err
	}
	return object(c, "subscription",
		"id", id,
		"subscriptionId", env.SubscriptionID,
		"tenantId", env.TenantID,
		"displayName", later("subscription().displayName", "the subscription's display name"))
}

func tenant(c *Ctx, _ []any) (any, error) {
	env := c.env()
	id, err := joinParts(c, "tenant", "/tenants/", env.TenantID)
	if err != nil {
		return nil, err
	}
	return object(c, "tenant",
		"countryCode", later("tenant().countryCode", "the tenant's country"),
		"displayName", later("tenant().displayName", "the tenant's display name"),
		"id", id,
		"tenantId", env.TenantID)
}

func managementGroup(c *Ctx, _ []any) (any, error) {
	env := c.env()
	if err := onlyAt("managementGroup", env, ManagementGroup); err != nil {
		return nil, err
	}
	id, err := joinParts(c, "managementGroup", "/providers/Microsoft.Management/managementGroups/", env.ManagementGroup)
	if err != nil {
		return nil, err
	}
	return object(c, "managementGroup",
		"id", id,
		"name", env.ManagementGroup,
		"properties", later("managementGroup().properties", "the management group's properties"),
		"type", "/providers/Microsoft.Management/managementGroups")
}

func deployment(c *Ctx, _ []any) (any, error) {
	env := c.env()
	kv := []any{"name", env.DeploymentName}
	if env.Scope != ResourceGroup {
		kv = append(kv, "location", later("deployment().location", "the deployment's location"))
	}
	kv = append(kv, "properties", later("deployment().properties", "the deployment's properties"))
	return object(c, "deployment", kv...)
}

// environment returns the documented values of the public Azure cloud,
// AzureCloud: a scan cannot know which cloud a template deploys to, and
// assumes that one.
func environment(c *Ctx, _ []any) (any, error) {
	auth, err := object(c, "environment",
		"loginEndpoint", "https://login.microsoftonline.com/",
		"audiences", []any{"https://management.core.windows.net/", "https://management.azure.com/"},
		"tenant", "common",
		"identityProvider", "AAD")
	if err != nil {
		return nil, err
	}
	suffixes, err := object(c, "environment",
		"acrLoginServer", ".azurecr.io",
		"azureDatalakeAnalyticsCatalogAndJob", "azuredatalakeanalytics.net",
		"azureDatalakeStoreFileSystem", "azuredatalakestore.net",
		"azureFrontDoorEndpointSuffix", "azurefd.net",
		"keyvaultDns", ".vault.azure.net",
		"sqlServerHostname", ".database.windows.net",
		"storage", "core.windows.net")
	if err != nil {
		return nil, err
	}
	return object(c, "environment",
		"name", "AzureCloud",
		"gallery", "https://gallery.azure.com/",
		"graph", "https://graph.windows.net/",
		"portal", "https://portal.azure.com",
		"graphAudience", "https://graph.windows.net/",
		"activeDirectoryDataLake", "https://datalake.azure.net/",
		"batch", "https://batch.core.windows.net/",
		"media", "https://rest.media.azure.net",
		"sqlManagement", "https://management.core.windows.net:8443/",
		"vmImageAliasDoc", "https://raw.githubusercontent.com/Azure/azure-rest-api-specs/master/arm-compute/quickstart-templates/aliases.json",
		"resourceManager", "https://management.azure.com/",
		"authentication", auth,
		"suffixes", suffixes)
}
