package value

import (
	"fmt"
	"sort"
	"strings"
)

// Object is an ARM object: keys in the order they were written, looked up
// by exact name first and then case-insensitively.
type Object struct {
	keys   []string
	values map[string]any
}

// NewObject returns an empty object with room for n keys.
func NewObject(n int) *Object {
	return &Object{keys: make([]string, 0, n), values: make(map[string]any, n)}
}

// Len returns the number of keys.
func (o *Object) Len() int {
	if o == nil {
		return 0
	}
	return len(o.keys)
}

// Keys returns the keys in order. The slice must not be changed.
func (o *Object) Keys() []string {
	if o == nil {
		return nil
	}
	return o.keys
}

// Get returns the value of name: the exact key, else the last key equal
// to it case-insensitively.
func (o *Object) Get(name string) (any, bool) {
	if o == nil {
		return nil, false
	}
	if v, ok := o.values[name]; ok {
		return v, true
	}
	for i := len(o.keys) - 1; i >= 0; i-- {
		if strings.EqualFold(o.keys[i], name) {
			return o.values[o.keys[i]], true
		}
	}
	return nil, false
}

// Key returns the key as written that Get(name) would read.
func (o *Object) Key(name string) (string, bool) {
	if o == nil {
		return "", false
	}
	if _, ok := o.values[name]; ok {
		return name, true
	}
	for i := len(o.keys) - 1; i >= 0; i-- {
		if strings.EqualFold(o.keys[i], name) {
			return o.keys[i], true
		}
	}
	return "", false
}

// Set writes name. A key equal to name case-insensitively is replaced,
// keeping its place and taking the new spelling, as ARM merges them.
func (o *Object) Set(name string, v any) {
	if k, ok := o.Key(name); ok {
		if k != name {
			delete(o.values, k)
			for i := range o.keys {
				if o.keys[i] == k {
					o.keys[i] = name
				}
			}
		}
		o.values[name] = v
		return
	}
	o.keys = append(o.keys, name)
	o.values[name] = v
}

// Delete removes name (case-insensitively).
func (o *Object) Delete(name string) {
	k, ok := o.Key(name)
	if !ok {
		return
	}
	delete(o.values, k)
	for i := range o.keys {
		if o.keys[i] == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			break
		}
	}
}

// Clone returns a shallow copy of o.
func (o *Object) Clone() *Object {
	c := NewObject(o.Len())
	for _, k := range o.Keys() {
		c.Set(k, o.values[k])
	}
	return c
}

// SortedKeys returns the keys sorted case-insensitively, the order of
// ARM's items().
func (o *Object) SortedKeys() []string {
	ks := append([]string(nil), o.Keys()...)
	sort.SliceStable(ks, func(i, j int) bool { return strings.ToLower(ks[i]) < strings.ToLower(ks[j]) })
	return ks
}

// Unknown is a value known only at deployment.
type Unknown struct {
	// Reason says why, for diagnostics and notes: "reference() is
	// evaluated at deployment", "parameter 'x' has no value".
	Reason string
	// Text renders the value as an ARM expression would be written, or,
	// when Scope is set, as the value with the deployment's scope parts
	// as placeholders.
	Text string
	// Scope is set when the only unknown parts are the deployment's
	// subscription, resource group or tenant: Text is then a usable
	// identity (a resource ID).
	Scope bool
	// Ref is set when the value reads a deployed resource:
	// reference(...).path, or a list*() result.
	Ref *Ref
}

// Ref is what an unknown value reads from a resource.
type Ref struct {
	Target any      // the resource ID or name given to reference(): a string or a Scope *Unknown
	Path   []string // the properties read from the result, as written: oidcIssuerProfile, issuerURL
	Full   bool     // reference(..., 'Full'): Path starts at the resource, not its properties
	// Derived is set when the value is computed from what Path reads
	// (format('https://{0}/', reference(x).fqdn)) rather than that value
	// itself: accesses on it no longer extend Path.
	Derived bool
}

// Unknownf returns an unknown with the given reason.
func Unknownf(format string, args ...any) *Unknown {
	return &Unknown{Reason: fmt.Sprintf(format, args...)}
}

// Lambda is a function value: lambda('x', 'y', body).
type Lambda struct {
	Params []string
	// Call evaluates the body with the parameters bound to args.
	Call func(args []any) (any, error)
}

// IsUnknown reports whether v is an unknown (not whether it holds one).
func IsUnknown(v any) bool {
	_, ok := v.(*Unknown)
	return ok
}

// HasUnknown reports whether v is or contains an unknown.
func HasUnknown(v any) bool {
	switch x := v.(type) {
	case *Unknown:
		return true
	case []any:
		for _, e := range x {
			if HasUnknown(e) {
				return true
			}
		}
	case *Object:
		for _, k := range x.Keys() {
			if HasUnknown(x.values[k]) {
				return true
			}
		}
	}
	return false
}

// FirstUnknown returns the first unknown in v, depth first, or nil.
func FirstUnknown(v any) *Unknown {
	switch x := v.(type) {
	case *Unknown:
		return x
	case []any:
		for _, e := range x {
			if u := FirstUnknown(e); u != nil {
				return u
			}
		}
	case *Object:
		for _, k := range x.Keys() {
			if u := FirstUnknown(x.values[k]); u != nil {
				return u
			}
		}
	}
	return nil
}

// TypeName names the ARM type of v for messages: string, int, bool,
// array, object, null, lambda, unknown.
func TypeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "bool"
	case int64:
		return "int"
	case float64:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case *Object:
		return "object"
	case *Lambda:
		return "lambda"
	case *Unknown:
		return "unknown"
	}
	return fmt.Sprintf("%T", v)
}
