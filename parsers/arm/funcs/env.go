package funcs

import (
	"errors"
	"fmt"

	"github.com/moatscan/moat/parsers/arm/value"
)

// Scope is the level a template deploys at ($schema, or a nested
// deployment's scope).
type Scope int

// The deployment scopes.
const (
	ResourceGroup Scope = iota
	Subscription
	ManagementGroup
	Tenant
)

// String names the scope for messages.
func (s Scope) String() string {
	switch s {
	case ResourceGroup:
		return "resource group"
	case Subscription:
		return "subscription"
	case ManagementGroup:
		return "management group"
	case Tenant:
		return "tenant"
	}
	return fmt.Sprintf("scope(%d)", int(s))
}

// Env is the deployment a template is evaluated for. Every field may be a
// string, when the user said (a parameters file cannot, but the scan
// profile may), or a Scope *value.Unknown with a placeholder Text:
// {subscriptionId}, {resourceGroupName}, {tenantId}, {managementGroupName}.
// NewEnv fills them with those placeholders.
type Env struct {
	Scope           Scope
	SubscriptionID  any
	ResourceGroup   any // name
	TenantID        any
	ManagementGroup any // name
	Location        any // the resource group's location; unknown by default
	DeploymentName  any

	// Reference, when set, resolves reference(target, apiVersion, full)
	// to a value the template knows (a nested deployment's outputs). It
	// returns false when the value is known only at deployment.
	Reference func(target any, full bool) (any, bool)
}

// NewEnv returns the environment of a deployment at scope whose
// subscription, resource group, tenant and management group are known
// only at deployment: each is a Scope unknown written as its placeholder.
// The resource group's location and the deployment's name are plain
// unknowns.
func NewEnv(scope Scope) *Env {
	return &Env{
		Scope:           scope,
		SubscriptionID:  placeholder("subscriptionId", "the subscription"),
		ResourceGroup:   placeholder("resourceGroupName", "the resource group"),
		TenantID:        placeholder("tenantId", "the tenant"),
		ManagementGroup: placeholder("managementGroupName", "the management group"),
		Location: &value.Unknown{
			Reason: "the resource group's location is known at deployment",
			Text:   "[resourceGroup().location]",
		},
		DeploymentName: &value.Unknown{
			Reason: "the deployment's name is known at deployment",
			Text:   "[deployment().name]",
		},
	}
}

func placeholder(name, what string) *value.Unknown {
	return &value.Unknown{Reason: what + " is known at deployment", Text: "{" + name + "}", Scope: true}
}

// Budget bounds what one template's evaluation may build, so that hostile
// input ends with an error instead of exhausting memory or time.
type Budget struct {
	Calls int // function calls left; each call takes one
	Items int // array items, object keys and string bytes left to build
}

// DefaultBudget is the budget of one template: 10 million calls and 64
// million items or bytes.
func DefaultBudget() *Budget { return &Budget{Calls: 10_000_000, Items: defaultItems} }

const defaultItems = 64 << 20

// ErrBudget is wrapped by the error a function returns when what it would
// build exceeds the items left in the budget.
var ErrBudget = errors.New("the evaluation budget is exhausted")

// take takes n items or bytes from the budget for fn, before fn builds
// them. Without a budget, one call may build what a default budget holds.
func (c *Ctx) take(fn string, n int64) error {
	if err := c.room(fn, n); err != nil || n <= 0 || c == nil || c.Budget == nil {
		return err
	}
	c.Budget.Items -= int(n)
	return nil
}

// room checks that n items or bytes are left for fn without taking them,
// before fn builds something it takes later.
func (c *Ctx) room(fn string, n int64) error {
	left := int64(defaultItems)
	if c != nil && c.Budget != nil {
		left = int64(c.Budget.Items)
	}
	if n <= left {
		return nil
	}
	return fmt.Errorf("%s: the result needs %d items or bytes, %d are left: %w", fn, n, left, ErrBudget)
}

// env returns the deployment environment, a resource group deployment
// with unknown names when none is set.
func (c *Ctx) env() *Env {
	if c == nil || c.Env == nil {
		return NewEnv(ResourceGroup)
	}
	return c.Env
}
