package graph

// Stable diagnostic codes. A code names a kind of input problem and never
// changes meaning; new kinds get new codes.
const (
	CodeFileUnreadable    = "file-unreadable"     // the file or folder could not be read
	CodeFileTooLarge      = "file-too-large"      // the file exceeds the size limit
	CodeSymlinkLoop       = "symlink-loop"        // a symbolic link leads back into its own path
	CodeFormatUnsupported = "format-unsupported"  // no parser for this format yet; the file is skipped
	CodeTemplate          = "template-unrendered" // a template (Helm chart) that must be rendered first
	CodeEncoding          = "encoding-invalid"    // the file is not valid UTF-8 text
	CodeYAMLSyntax        = "yaml-syntax"         // the YAML or JSON does not parse
	CodeYAMLLimit         = "yaml-limit"          // nesting depth or alias expansion beyond the limit
	CodeK8sInvalid        = "k8s-object-invalid"  // a document is not a well-formed Kubernetes object
	CodeK8sDuplicate      = "k8s-duplicate-object"
	CodeConfigInvalid     = "config-invalid"   // .moat.yaml is not valid
	CodeTFSyntax          = "terraform-syntax" // HCL or .tf.json that does not parse
	CodeTFEval            = "terraform-eval"   // an expression Terraform would reject; its value is unknown
	CodeTFModule          = "terraform-module" // a module call whose source is not in the scan; its outputs are unknown
	CodeTFLimit           = "terraform-limit"  // instance count, module depth or value size beyond the limit
	CodeTFCycle           = "terraform-cycle"  // references that depend on each other; the values in the cycle are unknown
	CodeTFVars            = "terraform-vars"   // a variables file or --var that cannot be used
	CodePEMUnreadable     = "pem-unreadable"   // a certificate or key file a setting names that cannot be read
	CodePolicyError       = "policy-error"     // a rule failed to evaluate
	CodePolicyTimeout     = "policy-timeout"   // a rule ran past its time bound
)
