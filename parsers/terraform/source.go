package terraform

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/moatscan/moat/graph"
)

var bom = []byte("\xef\xbb\xbf")

// source holds the text of every file the evaluator reads: the files the
// walk found and, for module sources the walk did not reach (a module
// installed under .terraform, a folder beside the scanned one), files read
// from disk inside the scan root.
type source struct {
	mu      sync.Mutex // root modules are evaluated in parallel
	root    string     // absolute scan root
	rootFS  *os.Root   // opened on first use; reads cannot leave it
	rootErr error
	files   map[string][]byte // slash path relative to root → text
	dirs    map[string][]string
	disk    map[string]bool // folders already listed from disk
	lines   map[string][]int
	max     int64
}

func newSource(root string, max int64) *source {
	return &source{root: root, files: map[string][]byte{}, dirs: map[string][]string{}, disk: map[string]bool{}, lines: map[string][]int{}, max: max}
}

// add records a file the walk found.
func (s *source) add(name string, data []byte) {
	s.files[name] = data
	dir := path.Dir(name)
	s.dirs[dir] = append(s.dirs[dir], name)
}

// configFiles lists the .tf and .tf.json files of a folder (slash path
// relative to the root), reading the folder from disk when the walk did
// not reach it. Overrides (*_override.tf) come last, as Terraform merges
// them last.
func (s *source) configFiles(dir string) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.dirs[dir]; !ok && !s.disk[dir] {
		s.disk[dir] = true
		if err := s.readDir(dir); err != nil {
			return nil, err
		}
	}
	var out []string
	for _, f := range s.dirs[dir] {
		if isConfig(f) {
			out = append(out, f)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		oi, oj := isOverride(out[i]), isOverride(out[j])
		if oi != oj {
			return oj
		}
		return out[i] < out[j]
	})
	return out, nil
}

func (s *source) readDir(dir string) error {
	root, err := s.openRoot()
	if err != nil {
		return err
	}
	entries, err := fs.ReadDir(root.FS(), dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		if e.IsDir() || !isConfig(name) && !isLock(name) {
			continue
		}
		if _, ok := s.files[name]; ok {
			continue
		}
		data, err := s.read(name)
		if err != nil {
			continue // an unreadable file in a module folder: its resources stay out, as the walk reports such files
		}
		s.add(name, data)
	}
	return nil
}

// file returns the text of a file, reading it from disk inside the root
// when the walk did not find it.
func (s *source) file(name string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d, ok := s.files[name]; ok {
		return d, true
	}
	d, err := s.read(name)
	if err != nil {
		return nil, false
	}
	s.files[name] = d
	return d, true
}

// read reads a file from disk through the scan root: os.Root refuses
// paths and symbolic links that lead outside it.
func (s *source) read(name string) ([]byte, error) {
	root, err := s.openRoot()
	if err != nil {
		return nil, err
	}
	st, err := root.Stat(name)
	if err != nil {
		return nil, err
	}
	if st.Size() > s.max {
		return nil, errors.New("file too large")
	}
	return root.ReadFile(name)
}

// openRoot opens the scan root once.
func (s *source) openRoot() (*os.Root, error) {
	if s.rootFS == nil && s.rootErr == nil {
		s.rootFS, s.rootErr = os.OpenRoot(s.root)
	}
	return s.rootFS, s.rootErr
}

func isConfig(name string) bool {
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")
}

func isOverride(name string) bool {
	base := strings.TrimSuffix(strings.TrimSuffix(path.Base(name), ".json"), ".tf")
	return base == "override" || strings.HasSuffix(base, "_override")
}

func isLock(name string) bool { return path.Base(name) == ".terraform.lock.hcl" }

// text returns a file's text for HCL: without its byte order mark, which
// HCL does not accept, and the number of bytes removed.
func text(data []byte) ([]byte, int) {
	if bytes.HasPrefix(data, bom) {
		return data[len(bom):], len(bom)
	}
	return data, 0
}

// parseFile parses a configuration or variables file in the syntax its
// name says: JSON for .json, native HCL otherwise.
func parseFile(p *hclparse.Parser, name string, data []byte) (*hcl.File, hcl.Diagnostics) {
	body, _ := text(data)
	if strings.HasSuffix(name, ".json") {
		return p.ParseJSON(body, name)
	}
	return p.ParseHCL(body, name)
}

// rng converts an HCL range to a graph range: byte offsets of the file as
// stored (a byte order mark counts), columns in code points.
func (s *source) rng(r hcl.Range) graph.Range {
	if r.Filename == "" {
		return graph.Range{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	data := s.files[r.Filename]
	_, off := text(data)
	return graph.Range{Filename: r.Filename, Start: s.pos(r.Filename, data, off, r.Start), End: s.pos(r.Filename, data, off, r.End)}
}

func (s *source) pos(name string, data []byte, off int, p hcl.Pos) graph.Pos {
	b := p.Byte + off
	if b > len(data) {
		b = len(data)
	}
	if b < off {
		b = off
	}
	lines := s.lineStarts(name, data, off)
	i := sort.Search(len(lines), func(i int) bool { return lines[i] > b }) - 1
	if i < 0 {
		i = 0
	}
	return graph.Pos{Line: i + 1, Column: utf8.RuneCount(data[lines[i]:b]) + 1, Byte: b}
}

func (s *source) lineStarts(name string, data []byte, off int) []int {
	if l, ok := s.lines[name]; ok {
		return l
	}
	l := []int{off}
	for i, c := range data {
		if c == '\n' {
			l = append(l, i+1)
		}
	}
	s.lines[name] = l
	return l
}

// close releases the scan root.
func (s *source) close() {
	if s.rootFS != nil {
		_ = s.rootFS.Close() // read-only: nothing to flush
	}
}
