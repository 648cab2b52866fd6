package policies

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// excluded reports whether a built-in is kept out of the policies: anything
// that reaches the network, and anything whose answer changes from run to
// run, which would break byte-identical output.
func excluded(name string) bool {
	switch name {
	case "http.send", "opa.runtime", "time.now_ns", "rand.intn", "uuid.rfc4122", "uuid.parse",
		"io.jwt.decode_verify", "providers.aws.sign_req", "trace":
		return true
	}
	return strings.HasPrefix(name, "net.")
}

// Capabilities returns the capabilities rules are compiled with: this OPA
// version's built-ins without the excluded ones, and no allowed hosts.
func Capabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if !excluded(b.Name) {
			kept = append(kept, b)
		}
	}
	caps.Builtins = kept
	caps.AllowNet = []string{}
	return caps
}
