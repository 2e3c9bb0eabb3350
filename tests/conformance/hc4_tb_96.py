def fn(**kwargs):
    return kwargs["required"]

fn(required=1)
fn(optional=2)
