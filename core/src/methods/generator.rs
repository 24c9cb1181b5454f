//! Methods of generators: `send`, `throw`, `close`, and the iteration protocol.

use super::add_method;
use crate::objects::exception::{stop_iteration, type_error};
use crate::objects::function::Args;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::generator;

fn gen_send(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!("generator.send() takes exactly one argument ({} given)", p.len() - 1)));
    }
    generator::send(&p[0], p[1].clone())
}

fn gen_throw(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() < 2 {
        return Err(type_error("throw expected at least 1 argument, got 0"));
    }
    let exc =
        if p.len() >= 3 && p[1].kind() == Some(crate::objects::kinds::TYPE) && !crate::objects::boolobj::is_none(&p[2])
        {
            crate::vm::call::call(&p[1], std::slice::from_ref(&p[2]))?
        } else {
            p[1].clone()
        };
    generator::throw(&p[0], exc)
}

fn gen_close(a: Args<'_>) -> PyResult<Value> {
    generator::close(&a.pos()[0])?;
    Ok(rt().none.clone())
}

fn gen_iter(a: Args<'_>) -> PyResult<Value> {
    Ok(a.pos()[0].clone())
}

fn gen_next(a: Args<'_>) -> PyResult<Value> {
    match generator::resume(&a.pos()[0], rt().none.clone(), None)? {
        generator::SendResult::Yielded(v) => Ok(v),
        generator::SendResult::Returned(v) => {
            Err(stop_iteration(if crate::objects::boolobj::is_none(&v) { None } else { Some(v) }))
        }
    }
}

pub fn install() {
    let g = &rt().types.generator;
    add_method(g, "send", gen_send);
    add_method(g, "throw", gen_throw);
    add_method(g, "close", gen_close);
    add_method(g, "__iter__", gen_iter);
    add_method(g, "__next__", gen_next);
}
