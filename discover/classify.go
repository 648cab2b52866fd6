package discover

import (
	"path/filepath"
	"strings"
)

// content says what the content of a file not recognised by name can be.
type content int

const (
	opaque   content = iota // anything: only a PEM block is looked for
	yamlText                // .yaml, .yml: a manifest, or JSON
	jsonText                // .json: a template, a plan or a manifest
)

// sniffSize is how much of a file classification by content looks at.
const sniffSize = 64 << 10

// pemPeek is how much of an opaque file is read to look for a PEM block.
const pemPeek = 64

// byName classifies a file by its name alone; "" means the content decides.
func byName(name string) Format {
	if name == "Kustomization" {
		return Kustomization
	}
	lower := strings.ToLower(name)
	switch lower {
	case "kustomization.yaml", "kustomization.yml":
		return Kustomization
	}
	switch {
	case strings.HasSuffix(lower, ".tf"), strings.HasSuffix(lower, ".tf.json"):
		return Terraform
	case strings.HasSuffix(lower, ".tfvars"), strings.HasSuffix(lower, ".tfvars.json"):
		return TerraformVars
	}
	switch filepath.Ext(lower) {
	case ".bicep":
		return Bicep
	case ".bicepparam":
		return BicepParams
	case ".pem", ".crt", ".cer", ".key":
		return PEM
	}
	return ""
}

// contentOf says how to look at the content of a file named name.
func contentOf(name string) content {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml":
		return yamlText
	case ".json":
		return jsonText
	}
	return opaque
}

// byContent classifies a file by the first bytes of its content (at most
// sniffSize); "" means it is not a file moat reads.
func byContent(head []byte, c content) Format {
	head = trimBOM(head)
	if isPEM(head) {
		return PEM
	}
	switch {
	case c == opaque:
		return ""
	case c == jsonText || firstByte(head) == '{':
		return sniffJSON(head)
	}
	return sniffYAML(head)
}

// isPEM reports whether b starts, after blank space, with a PEM header.
func isPEM(b []byte) bool {
	return strings.HasPrefix(strings.TrimLeft(string(b[:min(len(b), pemPeek)]), " \t\r\n"), "-----BEGIN")
}

// trimBOM drops a UTF-8 byte order mark.
func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}

// firstByte returns the first byte that is not blank space, or 0.
func firstByte(b []byte) byte {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c
	}
	return 0
}
