"""import-linter 2.16 cannot declare closed layers, though grimp 3.19 checks them
(`grimp.Layer(closed=True)`). This contract type is import-linter's own layers contract with one
extra option, `closed_layers` (the layer lines that are closed), passed through to grimp; it lets
the comparison check archlint's closed layers against grimp's implementation."""
import grimp
from importlinter.contracts.layers import LayersContract
from importlinter.domain import fields


class ClosedLayersContract(LayersContract):
    type_name = "closed_layers"
    closed_layers = fields.SetField(subfield=fields.StringField(), required=False)

    def _grimpify_layers(self, layers):
        closed = {frozenset(part.strip().strip("()") for part in line.replace(":", "|").split("|"))
                  for line in (self.closed_layers or set())}
        return [
            grimp.Layer(*{tail.name for tail in layer.module_tails}, independent=layer.is_independent,
                        closed=frozenset(tail.name for tail in layer.module_tails) in closed)
            for layer in layers
        ]
