package schema

// Step is one step of a property path: a property name, or an array
// item. Disc is the discriminator value of the object the step is taken
// in, when the object is a discriminated one and the value is known.
type Step struct {
	Name string
	Item bool
	Disc string
}

// Resolve follows a path from a version's body and returns the shape the
// path leads to: false when some step names a property the version does
// not have (or has only read-only). Names are matched ignoring case; a
// dictionary accepts any name; "any" accepts everything below it. In a
// discriminated object whose discriminator value is not known, the path
// resolves when it does in any element.
func (x *Index) Resolve(v *Version, path []Step) (int32, bool) {
	return x.resolve(v.Root, path)
}

func (x *Index) resolve(id int32, path []Step) (int32, bool) {
	for i, st := range path {
		s := x.Shape(id)
		switch {
		case s == nil:
			return None, false
		case s.Kind == Any:
			return id, true
		case st.Item:
			if s.Kind != Array {
				return None, false
			}
			id = s.Item
			continue
		}
		if p, ok := s.Prop(st.Name); ok {
			if p.ReadOnly {
				return None, false
			}
			id = p.Shape
			continue
		}
		switch s.Kind {
		case Object:
			if s.Extra == None {
				return None, false
			}
			id = s.Extra
		case Union:
			if e, ok := s.Element(st.Disc); ok {
				return x.resolve(e.Shape, path[i:])
			}
			for _, e := range s.Elements {
				if r, ok := x.resolve(e.Shape, path[i:]); ok {
					return r, true
				}
			}
			return None, false
		default:
			return None, false
		}
	}
	return id, true
}

// Property finds a property of an object or discriminated object (its
// base properties, then the element disc picks, or every element when
// disc picks none).
func (x *Index) Property(s *Shape, name, disc string) (*Prop, bool) {
	if p, ok := s.Prop(name); ok {
		return p, true
	}
	if s.Kind != Union {
		return nil, false
	}
	if e, ok := s.Element(disc); ok {
		if es := x.Shape(e.Shape); es != nil {
			return es.Prop(name)
		}
		return nil, false
	}
	for _, e := range s.Elements {
		if es := x.Shape(e.Shape); es != nil {
			if p, ok := es.Prop(name); ok {
				return p, true
			}
		}
	}
	return nil, false
}
